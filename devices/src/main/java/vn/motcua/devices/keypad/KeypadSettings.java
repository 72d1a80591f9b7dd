package vn.motcua.devices.keypad;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.devices.settings.DeviceProperties;

/**
 * The counter's satisfaction keypad. Read from properties under {@value #PREFIX}, for example
 * <pre>
 * keypad.kind = SERIAL                # NONE (default), SERIAL, KEYBOARD or VIRTUAL
 * keypad.serialPort = /dev/ttyUSB0    # SERIAL: the port, e.g. /dev/ttyUSB0, /dev/serial/by-id/..., COM3
 * keypad.baud = 9600
 * keypad.address = 01                 # the keypad's address (two digits); empty: whatever keypad answers
 * keypad.heartbeatMs = 5000           # the keypad's heartbeat interval
 * keypad.missedHeartbeats = 3         # silent intervals before the link counts as lost
 * keypad.duplicateWindowMs = 10000    # how long a retransmitted EVT is recognised
 * keypad.reconnectMinMs = 250         # reconnect back-off, doubling up to
 * keypad.reconnectMaxMs = 5000
 * </pre>
 *
 * @param address the keypad's two-digit address, or empty to accept any keypad and talk to the one heard
 */
public record KeypadSettings(KeypadKind kind, String serialPort, int baud, String address, Duration heartbeat,
        int missedHeartbeats, Duration duplicateWindow, Duration reconnectMin, Duration reconnectMax) {

    public static final String PREFIX = "keypad.";
    public static final int DEFAULT_BAUD = 9600;
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(5);
    public static final int DEFAULT_MISSED_HEARTBEATS = 3;
    public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RECONNECT_MIN = Duration.ofMillis(250);
    public static final Duration DEFAULT_RECONNECT_MAX = Duration.ofSeconds(5);
    static final Set<Integer> BAUD_RATES = Set.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);
    private static final Duration MIN_HEARTBEAT = Duration.ofMillis(200);
    private static final Duration MAX_HEARTBEAT = Duration.ofMinutes(1);
    /** Longer than the 900 ms a keypad keeps retransmitting, with room for a slow line. */
    private static final Duration MIN_DUPLICATE_WINDOW = Duration.ofSeconds(2);
    /** {@code keys} (3 or 4 keys on the pad) is the app's: it chooses the rating scale. */
    private static final Set<String> KEYS = Set.of("kind", "serialPort", "baud", "address", "heartbeatMs",
            "missedHeartbeats", "duplicateWindowMs", "reconnectMinMs", "reconnectMaxMs", "keys");

    public KeypadSettings {
        Objects.requireNonNull(kind, "kind");
        serialPort = Objects.requireNonNullElse(serialPort, "").strip();
        address = Objects.requireNonNullElse(address, "").strip();
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        Objects.requireNonNull(reconnectMin, "reconnectMin");
        Objects.requireNonNull(reconnectMax, "reconnectMax");
        if (kind == KeypadKind.SERIAL && serialPort.isEmpty()) {
            throw invalid("serialPort", "is missing; the keypad's serial port, e.g. /dev/ttyUSB0 or COM3");
        }
        if (!BAUD_RATES.contains(baud)) {
            throw invalid("baud", "must be one of " + new TreeSet<>(BAUD_RATES) + ", not " + baud);
        }
        if (!address.isEmpty() && (!KeypadFrame.isAddress(address) || KeypadFrame.BROADCAST.equals(address))) {
            throw invalid("address", "must be two digits 01..99 as set in the keypad, or empty");
        }
        requireWithin("heartbeatMs", heartbeat, MIN_HEARTBEAT, MAX_HEARTBEAT);
        if (missedHeartbeats < 2 || missedHeartbeats > 10) {
            throw invalid("missedHeartbeats", "must be 2..10, not " + missedHeartbeats);
        }
        requireWithin("duplicateWindowMs", duplicateWindow, MIN_DUPLICATE_WINDOW, Duration.ofMinutes(10));
        requireWithin("reconnectMinMs", reconnectMin, Duration.ofMillis(10), Duration.ofMinutes(1));
        requireWithin("reconnectMaxMs", reconnectMax, reconnectMin, Duration.ofMinutes(5));
    }

    /** A serial keypad with the protocol's defaults. */
    public static KeypadSettings serial(String serialPort) {
        return new KeypadSettings(KeypadKind.SERIAL, serialPort, DEFAULT_BAUD, "", DEFAULT_HEARTBEAT,
                DEFAULT_MISSED_HEARTBEATS, DEFAULT_DUPLICATE_WINDOW, DEFAULT_RECONNECT_MIN, DEFAULT_RECONNECT_MAX);
    }

    /** Settings of the given kind with defaults (no serial port: not for {@link KeypadKind#SERIAL}). */
    public static KeypadSettings of(KeypadKind kind) {
        return new KeypadSettings(kind, "", DEFAULT_BAUD, "", DEFAULT_HEARTBEAT, DEFAULT_MISSED_HEARTBEATS,
                DEFAULT_DUPLICATE_WINDOW, DEFAULT_RECONNECT_MIN, DEFAULT_RECONNECT_MAX);
    }

    public KeypadSettings withAddress(String keypadAddress) {
        return new KeypadSettings(kind, serialPort, baud, keypadAddress, heartbeat, missedHeartbeats,
                duplicateWindow, reconnectMin, reconnectMax);
    }

    public KeypadSettings withBaud(int rate) {
        return new KeypadSettings(kind, serialPort, rate, address, heartbeat, missedHeartbeats, duplicateWindow,
                reconnectMin, reconnectMax);
    }

    public KeypadSettings withHeartbeat(Duration interval, int missed) {
        return new KeypadSettings(kind, serialPort, baud, address, interval, missed, duplicateWindow, reconnectMin,
                reconnectMax);
    }

    public KeypadSettings withDuplicateWindow(Duration window) {
        return new KeypadSettings(kind, serialPort, baud, address, heartbeat, missedHeartbeats, window, reconnectMin,
                reconnectMax);
    }

    public KeypadSettings withReconnect(Duration min, Duration max) {
        return new KeypadSettings(kind, serialPort, baud, address, heartbeat, missedHeartbeats, duplicateWindow,
                min, max);
    }

    /** How long the keypad may stay silent before the link counts as lost. */
    public Duration silenceLimit() {
        return heartbeat.multipliedBy(missedHeartbeats);
    }

    /**
     * Reads the settings from properties named {@code keypad.*}; other properties are ignored. Without
     * {@code keypad.kind} the counter has no keypad ({@link KeypadKind#NONE}).
     *
     * @throws InvalidKeypadSettingsException naming the key when a value is missing, malformed or unknown
     */
    public static KeypadSettings fromProperties(Map<String, String> properties) {
        DeviceProperties own = DeviceProperties.of(properties, PREFIX, KEYS, KeypadSettings::invalid);
        return new KeypadSettings(
                own.choice("kind", KeypadKind.class, KeypadKind.NONE),
                own.get("serialPort"),
                own.integer("baud", DEFAULT_BAUD),
                own.get("address"),
                millis(own, "heartbeatMs", DEFAULT_HEARTBEAT),
                own.integer("missedHeartbeats", DEFAULT_MISSED_HEARTBEATS),
                millis(own, "duplicateWindowMs", DEFAULT_DUPLICATE_WINDOW),
                millis(own, "reconnectMinMs", DEFAULT_RECONNECT_MIN),
                millis(own, "reconnectMaxMs", DEFAULT_RECONNECT_MAX));
    }

    private static Duration millis(DeviceProperties own, String key, Duration fallback) {
        return own.getOrDefault(key, "").isEmpty() ? fallback : Duration.ofMillis(own.integer(key, 0));
    }

    private static void requireWithin(String key, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw invalid(key, "must be between " + min.toMillis() + " and " + max.toMillis() + " ms, not "
                    + value.toMillis());
        }
    }

    private static InvalidKeypadSettingsException invalid(String key, String message) {
        return new InvalidKeypadSettingsException(PREFIX + key, message);
    }
}
