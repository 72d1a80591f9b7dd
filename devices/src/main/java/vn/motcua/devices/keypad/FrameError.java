package vn.motcua.devices.keypad;

/** Why bytes from the line were not accepted as a frame. The names are stable (counted and logged). */
public enum FrameError {
    /** A new {@code $} arrived before the frame ended: the line lost bytes. */
    TRUNCATED,
    /** More than {@link KeypadFrameCodec#MAX_FRAME_LENGTH} bytes without an end of line. */
    TOO_LONG,
    /** A byte outside printable ASCII. */
    NOT_ASCII,
    /** No {@code *} followed by exactly two hex digits at the end. */
    NO_CHECKSUM,
    /** The checksum does not match the body: a corrupted frame. */
    BAD_CHECKSUM,
    /** The body does not start with {@code KP,}. */
    NOT_KEYPAD,
    /** The address is not two digits. */
    BAD_ADDRESS,
    /** The sequence number is not 0..255 (or is 0 on an EVT). */
    BAD_SEQUENCE,
    /** A type this protocol does not have. */
    UNKNOWN_TYPE,
    /** The payload does not fit the type: field count, characters or range. */
    BAD_PAYLOAD
}
