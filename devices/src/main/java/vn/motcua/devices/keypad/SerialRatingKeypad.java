package vn.motcua.devices.keypad;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.rating.RatingKeypad;

/**
 * A satisfaction keypad on a serial port (RS-232 or USB-CDC) speaking {@code docs/keypad-protocol.md}, over
 * jSerialComm.
 *
 * <p>Register listeners, then {@link #start()}. Three daemon threads per keypad: {@code keypad-NAME-read} opens
 * the port, reads and parses frames and watches the heartbeat; {@code keypad-NAME-send} writes ACK, ARM,
 * DISARM and PING in order; {@code keypad-NAME-events} calls the listeners, one call at a time in arrival order,
 * so a slow listener never delays an ACK. Every EVT copy is acknowledged; each press is reported once
 * ({@link RetransmissionFilter}).
 *
 * <p>The link is lost when jSerialComm reports {@code LISTENING_EVENT_PORT_DISCONNECTED}, a read fails, or no
 * valid frame arrives for {@link KeypadSettings#silenceLimit()} (a {@code PING} goes out after each silent
 * heartbeat interval first). The adapter then closes the port and opens a <b>new</b> {@link SerialPort} object
 * (jSerialComm's old one stays "open" but dead), with a doubling back-off while opening fails. The state is
 * {@code CONNECTED} from the first valid frame on an open port until the link is lost. When the link comes back,
 * or the keypad reports a restart (sequence 0), an ARM that has neither expired nor been answered by a press is
 * sent again for the time that remains.
 *
 * <p>Frames and presses are never logged: only kinds, counts, addresses and the port.
 */
public final class SerialRatingKeypad implements RatingKeypad {
    private static final Logger LOG = LoggerFactory.getLogger(SerialRatingKeypad.class);
    private static final Duration JOIN = Duration.ofSeconds(3);

    private final KeypadSettings settings;
    private final Clock clock;
    private final String name;
    private final List<Consumer<KeyPress>> pressListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<KeypadState>> stateListeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events;
    private final BlockingQueue<Outgoing> outgoing = new LinkedBlockingQueue<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final RetransmissionFilter duplicateFilter;
    private final FrameAssembler assembler;

    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong presses = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong foreign = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong opens = new AtomicLong();
    private final AtomicLong failedOpens = new AtomicLong();
    private final Map<FrameError, AtomicLong> rejected = new ConcurrentHashMap<>();
    private volatile long skippedBytes;

    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private KeypadState state = KeypadState.DISCONNECTED;
    /** Guarded by {@link #lock}: the ARM to repeat after a reconnect, null when the pad should be dark. */
    private Armed armed;
    private boolean started;
    private volatile boolean closed;
    private volatile Link link;
    private volatile String heardAddress;
    private volatile KeypadMessage.Identity identity;
    private Thread reader;
    private Thread writer;
    private volatile Thread eventThread;

    /** A keypad whose presses carry the system clock's time. */
    public SerialRatingKeypad(KeypadSettings settings) {
        this(settings, Clock.systemDefaultZone());
    }

    /**
     * @param settings must be of kind {@link KeypadKind#SERIAL}
     * @param clock    stamps {@link KeyPress#receivedAt()}; timing of the link itself uses {@link System#nanoTime()}
     */
    public SerialRatingKeypad(KeypadSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (settings.kind() != KeypadKind.SERIAL) {
            throw new IllegalArgumentException("A serial keypad needs keypad.kind=SERIAL, not " + settings.kind());
        }
        this.name = shortName(settings.serialPort());
        java.util.concurrent.ThreadFactory eventThreads = Thread.ofPlatform().daemon()
                .name("keypad-" + name + "-events").factory();
        this.events = Executors.newSingleThreadExecutor(task -> {
            Thread thread = eventThreads.newThread(task);
            eventThread = thread;
            return thread;
        });
        this.duplicateFilter = new RetransmissionFilter(settings.duplicateWindow(), System::nanoTime);
        this.assembler = new FrameAssembler(this::handle);
    }

    /** Opens the port and keeps it open until {@link #close()}; returns at once. Register listeners first. */
    public SerialRatingKeypad start() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The keypad on " + settings.serialPort() + " is closed");
            }
            if (started) {
                throw new IllegalStateException("The keypad on " + settings.serialPort() + " is already started");
            }
            started = true;
        }
        writer = Thread.ofPlatform().daemon().name("keypad-" + name + "-send").start(this::runWriter);
        reader = Thread.ofPlatform().daemon().name("keypad-" + name + "-read").start(this::runReader);
        return this;
    }

    @Override
    public void arm(String ticketNumber, Duration window) {
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The rating window must be positive");
        }
        KeypadMessage.Arm message = new KeypadMessage.Arm(ticketNumber, seconds(window));
        synchronized (lock) {
            if (closed) {
                LOG.debug("Keypad {}: arm after close ignored", name);
                return;
            }
            armed = new Armed(ticketNumber, System.nanoTime() + window.toNanos());
        }
        send(message, link);
    }

    @Override
    public void disarm() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            armed = null;
        }
        send(new KeypadMessage.Disarm(), link);
    }

    /** Asks the keypad to identify itself now (its ID answer also proves the link). */
    public void ping() {
        send(new KeypadMessage.Ping(), link);
    }

    @Override
    public void onPress(Consumer<KeyPress> listener) {
        pressListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void onState(Consumer<KeypadState> listener) {
        stateListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public KeypadState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** What the keypad said in its last ID frame; empty until it has sent one. */
    public Optional<KeypadMessage.Identity> identity() {
        return Optional.ofNullable(identity);
    }

    /** The address frames go to: the configured one, else the last heard, else broadcast. */
    public String address() {
        if (!settings.address().isEmpty()) {
            return settings.address();
        }
        String heard = heardAddress;
        return heard != null ? heard : KeypadFrame.BROADCAST;
    }

    public KeypadStatistics statistics() {
        Map<FrameError, Long> byError = new EnumMap<>(FrameError.class);
        rejected.forEach((error, count) -> byError.put(error, count.get()));
        return new KeypadStatistics(frames.get(), presses.get(), duplicates.get(), byError, skippedBytes,
                foreign.get(), unexpected.get(), connections.get(), opens.get(), failedOpens.get());
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            armed = null;
        }
        closing.countDown();
        Link current = link;
        if (current != null) {
            current.port.closePort(); // wakes a read in progress
        }
        join(writer, true);
        join(reader, false);
        setState(KeypadState.CLOSED);
        events.shutdown();
        if (Thread.currentThread() != eventThread) {
            try {
                if (!events.awaitTermination(JOIN.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("Keypad {}: a listener is still running after close", name);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void join(Thread thread, boolean interrupt) {
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        if (interrupt) {
            thread.interrupt();
        }
        try {
            if (!thread.join(JOIN)) {
                LOG.warn("Keypad {}: thread {} did not stop within {}", name, thread.getName(), JOIN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- reading, on keypad-NAME-read

    private void runReader() {
        Duration backoff = settings.reconnectMin();
        long failedOpens = 0;
        while (!closed) {
            Link opened = open(failedOpens == 0);
            if (opened == null) {
                failedOpens++;
                pause(backoff);
                backoff = doubled(backoff);
                continue;
            }
            if (failedOpens > 0) {
                LOG.info("Keypad port {} open again after {} failed attempts", settings.serialPort(), failedOpens);
            }
            failedOpens = 0;
            link = opened;
            String reason = readUntilLost(opened);
            link = null;
            opened.port.removeDataListener();
            opened.port.closePort();
            if (closed) {
                break;
            }
            setState(KeypadState.DISCONNECTED);
            LOG.warn("Keypad {} on {}: link lost ({}); reopening", address(), settings.serialPort(), reason);
            backoff = opened.heard ? settings.reconnectMin() : doubled(backoff);
            pause(backoff);
        }
    }

    /** A new port object each time: after a disconnect jSerialComm's old one stays "open" but dead. */
    private Link open(boolean firstAttempt) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(settings.serialPort());
        } catch (SerialPortInvalidPortException e) {
            logOpenFailure(firstAttempt, "no such port");
            return null;
        }
        port.setComPortParameters(settings.baud(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        // jSerialComm turns the timeout into VTIME tenths of a second: below 100 ms it would not wait at all.
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, readTimeoutMillis(), 0);
        if (!port.openPort()) {
            logOpenFailure(firstAttempt, "error " + port.getLastErrorCode()
                    + "; on Linux the user needs the dialout group");
            return null;
        }
        opens.incrementAndGet();
        Link opened = new Link(port, System.nanoTime());
        port.addDataListener(new SerialPortDataListener() {
            @Override
            public int getListeningEvents() {
                return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
            }

            @Override
            public void serialEvent(SerialPortEvent event) {
                opened.lostBecause("the port reported a disconnect");
            }
        });
        LOG.debug("Keypad port {} opened", settings.serialPort());
        return opened;
    }

    private void logOpenFailure(boolean firstAttempt, String why) {
        failedOpens.incrementAndGet();
        if (firstAttempt) {
            LOG.warn("Keypad port {} cannot be opened ({}); retrying", settings.serialPort(), why);
        } else {
            LOG.debug("Keypad port {} still cannot be opened ({})", settings.serialPort(), why);
        }
    }

    /** Reads frames until the link is lost or the keypad closed; answers why. */
    private String readUntilLost(Link current) {
        assembler.reset();
        send(new KeypadMessage.Ping(), current);
        byte[] buffer = new byte[256];
        long heartbeat = settings.heartbeat().toNanos();
        long silenceLimit = settings.silenceLimit().toNanos();
        while (!closed) {
            String lost = current.lostReason;
            if (lost != null) {
                return lost;
            }
            int n = current.port.readBytes(buffer, buffer.length);
            if (n < 0) {
                return closed ? "closed" : "read error " + current.port.getLastErrorCode();
            }
            if (n > 0) {
                assembler.accept(buffer, 0, n);
                skippedBytes = assembler.skippedBytes();
            }
            long now = System.nanoTime();
            long silence = now - current.lastHeard;
            if (silence > silenceLimit) {
                return "no frame for " + settings.missedHeartbeats() + " heartbeat intervals";
            }
            if (silence > heartbeat && now - current.lastPing > heartbeat) {
                current.lastPing = now;
                send(new KeypadMessage.Ping(), current);
            }
        }
        return "closed";
    }

    /** Called by the assembler, on the reader thread, for each frame read. */
    private void handle(ParseResult result) {
        Link current = link;
        if (current == null) {
            return;
        }
        switch (result) {
            case ParseResult.Rejected(FrameError error, String detail) -> {
                long count = rejected.computeIfAbsent(error, e -> new AtomicLong()).incrementAndGet();
                if (Long.bitCount(count) == 1) {
                    LOG.warn("Keypad on {}: frame rejected, {} ({}); {} so far", settings.serialPort(), error,
                            detail, count);
                }
            }
            case ParseResult.Accepted(KeypadFrame frame) -> accept(current, frame);
        }
    }

    private void accept(Link current, KeypadFrame frame) {
        if (!frame.message().fromDevice() || KeypadFrame.BROADCAST.equals(frame.address())) {
            long count = unexpected.incrementAndGet();
            if (Long.bitCount(count) == 1) {
                LOG.warn("Keypad on {}: ignored a {} frame to or from address {}, which only the host sends; {} so far",
                        settings.serialPort(), frame.message().type(), frame.address(), count);
            }
            return;
        }
        if (!settings.address().isEmpty() && !settings.address().equals(frame.address())) {
            long count = foreign.incrementAndGet();
            if (Long.bitCount(count) == 1) {
                LOG.warn("Keypad on {}: ignored a frame from address {} (configured {}); {} so far",
                        settings.serialPort(), frame.address(), settings.address(), count);
            }
            return;
        }
        frames.incrementAndGet();
        current.lastHeard = System.nanoTime();
        heardAddress = frame.address();
        duplicateFilter.heard(frame);
        boolean restarted = frame.sequence() == 0;
        if (restarted) {
            LOG.info("Keypad {} on {} has restarted", frame.address(), settings.serialPort());
        }
        boolean firstOnThisPort = !current.heard;
        if (firstOnThisPort) {
            current.heard = true;
            connections.incrementAndGet();
            setState(KeypadState.CONNECTED);
        }
        if (firstOnThisPort || restarted) {
            rearm(current); // the keypad may have lost power or the ARM while the link was down
        }
        switch (frame.message()) {
            case KeypadMessage.Press press -> pressed(current, frame, press);
            case KeypadMessage.Identity id -> identified(frame, id);
            default -> { }
        }
    }

    private void pressed(Link current, KeypadFrame frame, KeypadMessage.Press press) {
        send(new KeypadMessage.Ack(frame.sequence()), current); // every copy: the earlier ACK may have been lost
        if (!duplicateFilter.isNewPress(frame, press)) {
            duplicates.incrementAndGet();
            return;
        }
        presses.incrementAndGet();
        synchronized (lock) {
            armed = null; // the pad goes dark after one press
        }
        KeyPress keyPress = new KeyPress(frame.address(), press.key(), press.pressMillis(), clock.instant());
        deliver(() -> pressListeners.forEach(listener -> listener.accept(keyPress)));
    }

    private void identified(KeypadFrame frame, KeypadMessage.Identity id) {
        if (!id.equals(identity)) {
            LOG.info("Keypad {} on {}: model {}, firmware {}, serial {}, {} keys", frame.address(),
                    settings.serialPort(), id.model(), id.firmware(), id.serial(), id.keys());
        }
        identity = id;
    }

    /** Sends the ARM again for the time left, if the pad should still be lit. */
    private void rearm(Link current) {
        KeypadMessage.Arm message;
        synchronized (lock) {
            if (armed == null) {
                return;
            }
            long left = armed.deadline - System.nanoTime();
            long seconds = (left + 999_999_999L) / 1_000_000_000L;
            if (seconds < 1) {
                armed = null;
                return;
            }
            message = new KeypadMessage.Arm(armed.ticket, (int) Math.min(seconds, KeypadMessage.Arm.MAX_TIMEOUT_SECONDS));
        }
        send(message, current);
    }

    // ---------------------------------------------------------------- writing, on keypad-NAME-send

    /** Queues a frame for the link it belongs to; dropped if that link is gone by the time it is written. */
    private void send(KeypadMessage message, Link target) {
        if (target != null && !closed) {
            outgoing.add(new Outgoing(message, target));
        }
    }

    private void runWriter() {
        while (!closed) {
            Outgoing next;
            try {
                next = outgoing.take();
            } catch (InterruptedException e) {
                return;
            }
            Link target = next.link;
            if (target != link || target.lostReason != null) {
                continue; // an ACK for a port that is gone must not reach the keypad on the next one
            }
            byte[] bytes = KeypadFrameCodec.encode(new KeypadFrame(address(), target.nextSequence(), next.message));
            int written = target.port.writeBytes(bytes, bytes.length);
            if (written != bytes.length && !closed) {
                target.lostBecause("write failed, error " + target.port.getLastErrorCode());
            }
        }
    }

    // ---------------------------------------------------------------- state and listeners

    private void setState(KeypadState next) {
        synchronized (lock) {
            if (state == next || state == KeypadState.CLOSED) {
                return;
            }
            state = next;
        }
        LOG.info("Keypad on {}: {}", settings.serialPort(), next);
        deliver(() -> stateListeners.forEach(listener -> listener.accept(next)));
    }

    private void deliver(Runnable call) {
        try {
            events.execute(() -> {
                try {
                    call.run();
                } catch (RuntimeException e) {
                    LOG.error("Keypad {}: a listener failed", name, e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException afterClose) {
            LOG.debug("Keypad {}: event after close dropped", name);
        }
    }

    // ---------------------------------------------------------------- small parts

    private int readTimeoutMillis() {
        long quarter = settings.heartbeat().toMillis() / 4;
        return (int) Math.max(100, Math.min(500, quarter / 100 * 100));
    }

    private Duration doubled(Duration backoff) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(settings.reconnectMax()) > 0 ? settings.reconnectMax() : twice;
    }

    /** Back-off between attempts; ends at once when the keypad is closed. */
    private void pause(Duration backoff) {
        try {
            closing.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static int seconds(Duration window) {
        long seconds = (window.toMillis() + 999) / 1000;
        return (int) Math.max(1, Math.min(KeypadMessage.Arm.MAX_TIMEOUT_SECONDS, seconds));
    }

    private static String shortName(String port) {
        int slash = Math.max(port.lastIndexOf('/'), port.lastIndexOf('\\'));
        return port.substring(slash + 1);
    }

    @Override
    public String toString() {
        return "serial keypad " + address() + " on " + settings.serialPort();
    }

    private record Armed(String ticket, long deadline) {
    }

    private record Outgoing(KeypadMessage message, Link link) {
    }

    /** One open port object and what the reader knows about it. */
    private static final class Link {
        final SerialPort port;
        volatile String lostReason;
        /** Reader-owned. */
        long lastHeard;
        long lastPing;
        boolean heard;
        /** Writer-owned: the host numbers its frames from 0 on every opened port. */
        private int sequence = -1;

        Link(SerialPort port, long openedAt) {
            this.port = port;
            this.lastHeard = openedAt;
            this.lastPing = openedAt;
        }

        void lostBecause(String reason) {
            if (lostReason == null) {
                lostReason = reason;
            }
        }

        int nextSequence() {
            sequence = sequence < 0 ? 0 : KeypadFrame.nextSequence(sequence);
            return sequence;
        }
    }
}
