package vn.motcua.devices.keypad;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats and parses keypad frames, {@code $KP,<addr>,<seq>,<type>,<payload>*<XOR hex>\r\n}
 * ({@code docs/keypad-protocol.md}). Parsing never throws on bad input: it answers a {@link ParseResult}.
 */
public final class KeypadFrameCodec {
    /** The longest frame, from {@code $} to LF inclusive. */
    public static final int MAX_FRAME_LENGTH = 128;
    private static final String PREFIX = "KP";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final List<String> TYPES = List.of("EVT", "HB", "ID", "ARM", "DISARM", "PING", "ACK");

    private KeypadFrameCodec() {
    }

    /** The frame as sent on the line, with its checksum and CR LF. */
    public static String format(KeypadFrame frame) {
        StringBuilder body = new StringBuilder(48)
                .append(PREFIX).append(',')
                .append(frame.address()).append(',')
                .append(frame.sequence()).append(',')
                .append(frame.message().type()).append(',')
                .append(String.join(",", frame.message().fields()));
        return "$" + body + "*" + checksum(body) + "\r\n";
    }

    /** {@link #format} as ASCII bytes. */
    public static byte[] encode(KeypadFrame frame) {
        return format(frame).getBytes(StandardCharsets.US_ASCII);
    }

    /** XOR of the body's bytes (what lies between {@code $} and {@code *}) as two upper-case hex digits. */
    public static String checksum(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum ^= body.charAt(i) & 0xFF;
        }
        return new String(new char[] {HEX[(sum >> 4) & 0xF], HEX[sum & 0xF]});
    }

    /**
     * Parses one frame from its {@code $} up to, not including, its CR/LF. Each char stands for one byte of the
     * line (ISO-8859-1), so a non-ASCII byte is reported as such.
     */
    public static ParseResult parse(CharSequence line) {
        if (line.length() + 2 > MAX_FRAME_LENGTH) {
            return rejected(FrameError.TOO_LONG, "longer than " + MAX_FRAME_LENGTH + " bytes");
        }
        if (line.isEmpty() || line.charAt(0) != '$') {
            return rejected(FrameError.NOT_KEYPAD, "does not start with $");
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return rejected(FrameError.NOT_ASCII, "byte 0x" + Integer.toHexString(c) + " at " + i);
            }
        }
        int star = line.length() - 3;
        if (star < 1 || line.charAt(star) != '*' || hexValue(line.charAt(star + 1)) < 0
                || hexValue(line.charAt(star + 2)) < 0) {
            return rejected(FrameError.NO_CHECKSUM, "does not end with * and two hex digits");
        }
        String body = line.subSequence(1, star).toString();
        if (body.indexOf('*') >= 0 || body.indexOf('$') >= 0) {
            return rejected(FrameError.NO_CHECKSUM, "a second * or $ inside the frame");
        }
        int sent = hexValue(line.charAt(star + 1)) << 4 | hexValue(line.charAt(star + 2));
        int computed = Integer.parseInt(checksum(body), 16);
        if (sent != computed) {
            return rejected(FrameError.BAD_CHECKSUM, String.format(Locale.ROOT, "sent %02X, computed %02X",
                    sent, computed));
        }
        return parseBody(body);
    }

    private static ParseResult parseBody(String body) {
        List<String> parts = split(body);
        if (parts.size() == 4) {
            parts.add(""); // an empty payload without its comma: accepted, never sent
        }
        if (parts.size() < 5 || !PREFIX.equals(parts.get(0))) {
            return rejected(FrameError.NOT_KEYPAD, "not KP,<addr>,<seq>,<type>,<payload>");
        }
        String address = parts.get(1);
        if (!KeypadFrame.isAddress(address)) {
            return rejected(FrameError.BAD_ADDRESS, "address is not two digits");
        }
        int sequence = number(parts.get(2), 3);
        if (sequence < 0 || sequence > KeypadFrame.MAX_SEQUENCE) {
            return rejected(FrameError.BAD_SEQUENCE, "sequence is not 0..255");
        }
        String type = parts.get(3);
        if (!TYPES.contains(type)) {
            return rejected(FrameError.UNKNOWN_TYPE, "type is not one of " + TYPES);
        }
        List<String> fields = parts.subList(4, parts.size());
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
            fields = List.of();
        }
        for (String field : fields) {
            if (!KeypadMessage.FIELD.matcher(field).matches()) {
                return rejected(FrameError.BAD_PAYLOAD, type + " payload field is empty, too long or has other characters");
            }
        }
        KeypadMessage message;
        try {
            message = switch (type) {
                case "EVT" -> press(fields);
                case "HB" -> noFields(fields, new KeypadMessage.Heartbeat());
                case "ID" -> identity(fields);
                case "ARM" -> arm(fields);
                case "DISARM" -> noFields(fields, new KeypadMessage.Disarm());
                case "PING" -> noFields(fields, new KeypadMessage.Ping());
                case "ACK" -> ack(fields);
                default -> throw new IllegalStateException("type list and switch disagree: " + type);
            };
        } catch (PayloadShapeException e) {
            return rejected(FrameError.BAD_PAYLOAD, type + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // the message's own check; its text names the value, which may be a rating: not repeated
            return rejected(FrameError.BAD_PAYLOAD, type + ": a value is out of range");
        }
        if (message instanceof KeypadMessage.Press && sequence == 0) {
            return rejected(FrameError.BAD_SEQUENCE, "an EVT never has sequence 0");
        }
        return new ParseResult.Accepted(new KeypadFrame(address, sequence, message));
    }

    private static KeypadMessage press(List<String> fields) {
        requireCount(fields, 2);
        return new KeypadMessage.Press(requireNumber(fields.get(0), "key", 1),
                requireNumber(fields.get(1), "press time", 5));
    }

    private static KeypadMessage identity(List<String> fields) {
        requireCount(fields, 4);
        return new KeypadMessage.Identity(fields.get(0), fields.get(1), fields.get(2),
                requireNumber(fields.get(3), "key count", 1));
    }

    private static KeypadMessage arm(List<String> fields) {
        requireCount(fields, 2);
        return new KeypadMessage.Arm(fields.get(0), requireNumber(fields.get(1), "timeout", 3));
    }

    private static KeypadMessage ack(List<String> fields) {
        requireCount(fields, 1);
        return new KeypadMessage.Ack(requireNumber(fields.get(0), "acknowledged sequence", 3));
    }

    private static KeypadMessage noFields(List<String> fields, KeypadMessage message) {
        requireCount(fields, 0);
        return message;
    }

    private static void requireCount(List<String> fields, int count) {
        if (fields.size() != count) {
            throw new PayloadShapeException("expected " + count + " payload fields, got " + fields.size());
        }
    }

    private static int requireNumber(String text, String what, int maxDigits) {
        int value = number(text, maxDigits);
        if (value < 0) {
            throw new PayloadShapeException(what + " is not a number of 1-" + maxDigits + " digits");
        }
        return value;
    }

    /** A decimal of 1..maxDigits digits, or -1. */
    private static int number(String text, int maxDigits) {
        if (text.isEmpty() || text.length() > maxDigits) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static List<String> split(String body) {
        List<String> parts = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == ',') {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** A payload of the wrong shape; the message describes the shape only. */
    private static final class PayloadShapeException extends IllegalArgumentException {
        PayloadShapeException(String message) {
            super(message);
        }
    }

    private static ParseResult rejected(FrameError error, String detail) {
        return new ParseResult.Rejected(error, detail);
    }
}
