package vn.motcua.devices.printer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

/**
 * A network ESC/POS printer on 127.0.0.1 for tests and benchmarks: every accepted connection is served by an
 * {@link EscPosPrinterEmulator} that records the bytes and answers {@code DLE EOT} from the current state.
 * <pre>
 * try (var printer = new LoopbackEscPosPrinter(EmulatedPrinterState.OK)) {
 *     var outcome = new EscPosTicketPrinter(PrinterSettings.tcp("127.0.0.1", printer.port())).print(ticket);
 *     byte[] bytes = printer.awaitSessions(1, Duration.ofSeconds(5)).get(0);
 *     var job = EscPosDecoder.decode(bytes);
 * }
 * </pre>
 */
public final class LoopbackEscPosPrinter implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final List<EscPosPrinterEmulator> sessions = new CopyOnWriteArrayList<>();
    private volatile EmulatedPrinterState state;
    private volatile byte[] unsolicited = new byte[0];
    private volatile int answersBeforeStall = Integer.MAX_VALUE;

    public LoopbackEscPosPrinter(EmulatedPrinterState state) throws IOException {
        this(state, 0);
    }

    /** A small receive buffer (bytes; 0 = system default) makes a stalled printer stall the sender quickly. */
    public LoopbackEscPosPrinter(EmulatedPrinterState state, int receiveBufferBytes) throws IOException {
        this.state = state;
        server = new ServerSocket();
        if (receiveBufferBytes > 0) {
            server.setReceiveBufferSize(receiveBufferBytes);
        }
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::acceptLoop, "loopback-escpos-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    /** Applies to connections accepted from now on. */
    public void setState(EmulatedPrinterState state) {
        this.state = state;
    }

    /** Bytes sent before every status answer in connections accepted from now on. */
    public void sendBeforeEachAnswer(byte... bytes) {
        this.unsolicited = bytes.clone();
    }

    /** Connections accepted from now on stop reading after this many status answers. */
    public void stallAfterAnswers(int count) {
        this.answersBeforeStall = count;
    }

    /** How many connections were accepted so far. */
    public int connections() {
        return sessions.size();
    }

    /** Waits until at least {@code count} connections have ended and returns the bytes of the first ones. */
    public List<byte[]> awaitSessions(int count, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (sessions) {
            while (sessions.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException(sessions.size() + " of " + count + " connections arrived");
                }
                sessions.wait(Math.max(1, left / 1_000_000));
            }
        }
        List<byte[]> bytes = new ArrayList<>();
        for (EscPosPrinterEmulator session : sessions.subList(0, count)) {
            session.awaitEnd(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            bytes.add(session.received());
        }
        return bytes;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                EscPosPrinterEmulator emulator = new EscPosPrinterEmulator(state);
                emulator.sendBeforeEachAnswer(unsolicited);
                emulator.stallAfterAnswers(answersBeforeStall);
                Thread.ofVirtual().name("loopback-escpos-session").start(() -> serve(client, emulator));
                synchronized (sessions) {
                    sessions.add(emulator);
                    sessions.notifyAll();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void serve(Socket client, EscPosPrinterEmulator emulator) {
        try (client) {
            emulator.serve(client.getInputStream(), client.getOutputStream());
        } catch (IOException ignored) {
            // The session ends either way.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sessions.forEach(EscPosPrinterEmulator::stop);
        for (Socket client : clients) {
            client.close();
        }
    }
}
