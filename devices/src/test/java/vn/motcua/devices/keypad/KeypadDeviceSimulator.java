package vn.motcua.devices.keypad;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A satisfaction keypad in software, for tests: it opens the device end of a pty pair and speaks the device side of
 * {@code docs/keypad-protocol.md} as firmware would. At start it sends its power-up ID (sequence 0), then a heartbeat
 * every interval; it answers PING with ID, lights for ARM (discarding presses not yet sent), goes dark after one
 * press, the ARM timeout or DISARM, and sends each press as an EVT, one at a time, repeated every 300 ms until
 * acknowledged, at most 3 repeats. Switches let a test lose ACKs, corrupt copies, fall silent and send raw bytes.
 * Everything the host sent is recorded. Threads are daemons named {@code keypad-sim-ADDRESS-*}.
 */
public final class KeypadDeviceSimulator implements AutoCloseable {
    public static final Duration RETRANSMIT = Duration.ofMillis(300);
    public static final int MAX_REPEATS = 3;

    private final Path tty;
    private final String address;
    private final Duration heartbeat;
    private final KeypadMessage.Identity identity;
    private final BlockingQueue<KeypadMessage.Press> buffer = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> acks = new LinkedBlockingQueue<>();
    private final List<KeypadFrame> fromHost = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> acksBySequence = new ConcurrentHashMap<>();
    private final AtomicInteger acksToLose = new AtomicInteger();
    private final AtomicInteger copiesToCorrupt = new AtomicInteger();
    private final AtomicInteger copiesSent = new AtomicInteger();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object writeLock = new Object();
    private final Object stateLock = new Object();
    private volatile int loseFirstAckOfEvery;
    private volatile boolean silent;
    private volatile boolean closed;
    /** Two descriptors: a FileChannel serialises read and write, so one blocked read would hold every write back. */
    private FileChannel in;
    private FileChannel out;
    private int sequence = -1;
    private String litFor;
    private long litUntil;
    private final List<Thread> threads = new ArrayList<>();

    public KeypadDeviceSimulator(Path tty, String address, Duration heartbeat) {
        this.tty = tty;
        this.address = address;
        this.heartbeat = heartbeat;
        this.identity = new KeypadMessage.Identity("SIM3", "0.9.0", "SIM" + address, 3);
    }

    /** Powers up: opens the tty, sends the power-up ID and starts heartbeats, reading and sending. */
    public KeypadDeviceSimulator start() throws IOException {
        in = FileChannel.open(tty, StandardOpenOption.READ);
        out = FileChannel.open(tty, StandardOpenOption.WRITE);
        send(identity);
        threads.add(Thread.ofPlatform().daemon().name("keypad-sim-" + address + "-read").start(this::read));
        threads.add(Thread.ofPlatform().daemon().name("keypad-sim-" + address + "-send").start(this::sendPresses));
        threads.add(Thread.ofPlatform().daemon().name("keypad-sim-" + address + "-beat").start(this::beat));
        return this;
    }

    // ---------------------------------------------------------------- what a test does

    /** A citizen presses a key: it goes into the keypad's buffer and is sent when its turn comes. */
    public void press(int key, int pressMillis) {
        synchronized (stateLock) {
            litFor = null;
        }
        inFlight.incrementAndGet();
        buffer.add(new KeypadMessage.Press(key, pressMillis));
    }

    /** The next {@code count} ACKs from the host are lost on the line. */
    public void loseAcks(int count) {
        acksToLose.addAndGet(count);
    }

    /** The ACK of the first copy of every n-th press is lost (0: none). */
    public void loseFirstAckOfEvery(int n) {
        loseFirstAckOfEvery = n;
    }

    /** The next {@code count} EVT copies go out with a wrong checksum. */
    public void corruptCopies(int count) {
        copiesToCorrupt.addAndGet(count);
    }

    /** A keypad that has lost its voice: no heartbeat, no answer to PING (presses are still sent). */
    public void setSilent(boolean quiet) {
        silent = quiet;
    }

    /** Bytes straight onto the line, e.g. noise or a frame in pieces. */
    public void sendRaw(byte[] bytes) throws IOException {
        synchronized (writeLock) {
            ByteBuffer data = ByteBuffer.wrap(bytes);
            while (data.hasRemaining()) {
                out.write(data);
            }
        }
    }

    public void sendRaw(String text) throws IOException {
        sendRaw(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Writes the pieces one after another with a pause between them, so that they reach the host in separate
     * reads; nothing else the keypad sends (a heartbeat) can come in between.
     */
    public void sendInPieces(Duration gap, String... pieces) throws IOException, InterruptedException {
        synchronized (writeLock) {
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    Thread.sleep(gap.toMillis()); // shapes the stimulus; nothing waits on it
                }
                sendRaw(pieces[i]);
            }
        }
    }

    // ---------------------------------------------------------------- what a test checks

    public String address() {
        return address;
    }

    public KeypadMessage.Identity identity() {
        return identity;
    }

    /** Every valid frame the host sent to this keypad (or to 00), in order. */
    public List<KeypadFrame> framesFromHost() {
        return List.copyOf(fromHost);
    }

    /** The first frame from the host matching the condition, waiting up to the deadline. */
    public KeypadFrame awaitFromHost(Predicate<KeypadFrame> condition, Duration within) {
        Await.until("a frame from the host", within, () -> fromHost.stream().anyMatch(condition));
        return fromHost.stream().filter(condition).findFirst().orElseThrow();
    }

    /** How many ACKs arrived for this EVT sequence number (lost ones included). */
    public int acksFor(int eventSequence) {
        AtomicInteger count = acksBySequence.get(eventSequence);
        return count == null ? 0 : count.get();
    }

    /** EVT copies put on the line, first copies and repeats. */
    public int copiesSent() {
        return copiesSent.get();
    }

    public int acknowledged() {
        return acknowledged.get();
    }

    public int givenUp() {
        return givenUp.get();
    }

    /** True when every press was sent and acknowledged or given up. */
    public boolean idle() {
        return inFlight.get() == 0;
    }

    /** The ticket the LED is lit for. */
    public Optional<String> litFor() {
        synchronized (stateLock) {
            if (litFor != null && System.nanoTime() - litUntil > 0) {
                litFor = null;
            }
            return Optional.ofNullable(litFor);
        }
    }

    @Override
    public void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
        for (FileChannel channel : new FileChannel[] {in, out}) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                // the pty may already be gone
            }
        }
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------- the firmware

    private void read() {
        FrameAssembler assembler = new FrameAssembler(result -> {
            if (result instanceof ParseResult.Accepted(KeypadFrame frame)
                    && (frame.address().equals(address) || frame.address().equals(KeypadFrame.BROADCAST))) {
                fromHost.add(frame);
                obey(frame.message());
            }
        });
        ByteBuffer bytes = ByteBuffer.allocate(256);
        try {
            while (!closed) {
                bytes.clear();
                int n = in.read(bytes);
                if (n < 0) {
                    return;
                }
                assembler.accept(bytes.array(), 0, n);
            }
        } catch (ClosedChannelException stopped) {
            // closed by close() or the test
        } catch (IOException gone) {
            // socat ended: the cable is out
        }
    }

    private void obey(KeypadMessage message) {
        switch (message) {
            case KeypadMessage.Ack ack -> {
                acksBySequence.computeIfAbsent(ack.sequence(), s -> new AtomicInteger()).incrementAndGet();
                if (acksToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    return;
                }
                acks.add(ack.sequence());
            }
            case KeypadMessage.Arm arm -> {
                synchronized (stateLock) {
                    litFor = arm.ticket();
                    litUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(arm.timeoutSeconds());
                }
                int discarded = 0;
                while (buffer.poll() != null) {
                    discarded++;
                }
                inFlight.addAndGet(-discarded);
            }
            case KeypadMessage.Disarm disarm -> {
                synchronized (stateLock) {
                    litFor = null;
                }
            }
            case KeypadMessage.Ping ping -> {
                if (!silent) {
                    sendQuietly(identity);
                }
            }
            default -> { }
        }
    }

    private void sendPresses() {
        int pressNumber = 0;
        try {
            while (!closed) {
                KeypadMessage.Press press = buffer.take();
                pressNumber++;
                int every = loseFirstAckOfEvery;
                if (every > 0 && pressNumber % every == 0) {
                    acksToLose.incrementAndGet();
                }
                int eventSequence = send(press, true);
                boolean done = false;
                for (int copy = 0; copy <= MAX_REPEATS && !done; copy++) {
                    if (copy > 0) {
                        resend(press, eventSequence);
                    }
                    done = awaitAck(eventSequence);
                }
                if (done) {
                    acknowledged.incrementAndGet();
                } else {
                    givenUp.incrementAndGet();
                }
                inFlight.decrementAndGet();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // the line is gone
        }
    }

    private boolean awaitAck(int eventSequence) throws InterruptedException {
        long deadline = System.nanoTime() + RETRANSMIT.toNanos();
        for (long left = RETRANSMIT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Integer acked = acks.poll(left, TimeUnit.NANOSECONDS);
            if (acked != null && acked == eventSequence) {
                return true;
            }
        }
        return false;
    }

    private void beat() {
        try {
            while (!closed) {
                Thread.sleep(heartbeat.toMillis()); // the keypad's own clock, not test synchronisation
                if (!silent) {
                    send(new KeypadMessage.Heartbeat());
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // the line is gone
        }
    }

    private void sendQuietly(KeypadMessage message) {
        try {
            send(message);
        } catch (IOException gone) {
            // the line is gone
        }
    }

    private void send(KeypadMessage message) throws IOException {
        send(message, false);
    }

    /** Sends with the next sequence number; answers it. */
    private int send(KeypadMessage message, boolean event) throws IOException {
        synchronized (writeLock) {
            sequence = sequence < 0 ? 0 : KeypadFrame.nextSequence(sequence);
            write(new KeypadFrame(address, sequence, message), event);
            return sequence;
        }
    }

    private void resend(KeypadMessage.Press press, int eventSequence) throws IOException {
        synchronized (writeLock) {
            write(new KeypadFrame(address, eventSequence, press), true);
        }
    }

    private void write(KeypadFrame frame, boolean event) throws IOException {
        String line = KeypadFrameCodec.format(frame);
        if (event) {
            copiesSent.incrementAndGet();
            if (copiesToCorrupt.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                int star = line.indexOf('*');
                char wrong = line.charAt(star + 2) == '0' ? '1' : '0';
                line = line.substring(0, star + 2) + wrong + line.substring(star + 3);
            }
        }
        sendRaw(line);
    }
}
