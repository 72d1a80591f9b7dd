package vn.motcua.devices.keypad;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a keypad frame says, by type (see {@code docs/keypad-protocol.md}). Each message knows its frame type
 * and its payload fields; values are checked when a message is made, so a message that exists can be sent.
 */
public sealed interface KeypadMessage {

    /** Characters a text field may hold; none of them has a meaning in the frame syntax. */
    Pattern FIELD = Pattern.compile("[A-Za-z0-9._/-]{1,16}");

    /** The frame type as written in the frame, e.g. {@code EVT}. */
    String type();

    /** The payload fields in frame order; none unless the message has a payload. */
    default List<String> fields() {
        return List.of();
    }

    /** True for the types a keypad sends (EVT, HB, ID), false for the host's. */
    boolean fromDevice();

    /** A key press: {@code EVT,<key>,<pressMs>}. */
    record Press(int key, int pressMillis) implements KeypadMessage {
        public static final int MAX_KEY = 9;
        public static final int MAX_PRESS_MILLIS = 65_535;

        public Press {
            if (key < 1 || key > MAX_KEY) {
                throw new IllegalArgumentException("key must be 1.." + MAX_KEY + ", not " + key);
            }
            if (pressMillis < 0 || pressMillis > MAX_PRESS_MILLIS) {
                throw new IllegalArgumentException("press time must be 0.." + MAX_PRESS_MILLIS + " ms, not "
                        + pressMillis);
            }
        }

        @Override
        public String type() {
            return "EVT";
        }

        @Override
        public List<String> fields() {
            return List.of(Integer.toString(key), Integer.toString(pressMillis));
        }

        @Override
        public boolean fromDevice() {
            return true;
        }
    }

    /** The keypad is alive: {@code HB}, every 5 s. */
    record Heartbeat() implements KeypadMessage {
        @Override
        public String type() {
            return "HB";
        }

        @Override
        public boolean fromDevice() {
            return true;
        }
    }

    /** Who the keypad is: {@code ID,<model>,<firmware>,<serial>,<keys>}. */
    record Identity(String model, String firmware, String serial, int keys) implements KeypadMessage {
        public Identity {
            requireField("model", model);
            requireField("firmware", firmware);
            requireField("serial", serial);
            if (keys < 1 || keys > Press.MAX_KEY) {
                throw new IllegalArgumentException("key count must be 1.." + Press.MAX_KEY + ", not " + keys);
            }
        }

        @Override
        public String type() {
            return "ID";
        }

        @Override
        public List<String> fields() {
            return List.of(model, firmware, serial, Integer.toString(keys));
        }

        @Override
        public boolean fromDevice() {
            return true;
        }
    }

    /** Light the pad for one press for this ticket: {@code ARM,<ticket>,<timeoutS>}. */
    record Arm(String ticket, int timeoutSeconds) implements KeypadMessage {
        public static final int MAX_TIMEOUT_SECONDS = 999;

        public Arm {
            requireField("ticket", ticket);
            if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
                throw new IllegalArgumentException("timeout must be 1.." + MAX_TIMEOUT_SECONDS + " s, not "
                        + timeoutSeconds);
            }
        }

        @Override
        public String type() {
            return "ARM";
        }

        @Override
        public List<String> fields() {
            return List.of(ticket, Integer.toString(timeoutSeconds));
        }

        @Override
        public boolean fromDevice() {
            return false;
        }
    }

    /** LED off: {@code DISARM}. */
    record Disarm() implements KeypadMessage {
        @Override
        public String type() {
            return "DISARM";
        }

        @Override
        public boolean fromDevice() {
            return false;
        }
    }

    /** Answer with ID now: {@code PING}. */
    record Ping() implements KeypadMessage {
        @Override
        public String type() {
            return "PING";
        }

        @Override
        public boolean fromDevice() {
            return false;
        }
    }

    /** The EVT with this sequence number arrived: {@code ACK,<seq>}. */
    record Ack(int sequence) implements KeypadMessage {
        public Ack {
            KeypadFrame.requireSequence(sequence);
        }

        @Override
        public String type() {
            return "ACK";
        }

        @Override
        public List<String> fields() {
            return List.of(Integer.toString(sequence));
        }

        @Override
        public boolean fromDevice() {
            return false;
        }
    }

    private static void requireField(String name, String value) {
        Objects.requireNonNull(value, name);
        if (!FIELD.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 1-16 of A-Z a-z 0-9 . _ / -");
        }
    }
}
