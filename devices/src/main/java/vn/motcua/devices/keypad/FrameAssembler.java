package vn.motcua.devices.keypad;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Cuts the byte stream from a keypad into frames, whatever the reads look like: a frame split over several reads,
 * several frames in one read, noise between frames. Bytes before a {@code $} are skipped and counted; a frame
 * ends at CR or LF; a {@code $} inside a frame drops the unfinished one ({@link FrameError#TRUNCATED}) and starts
 * anew, so one lost byte costs one frame, not two; more than {@link KeypadFrameCodec#MAX_FRAME_LENGTH} bytes
 * without an end are dropped ({@link FrameError#TOO_LONG}). Every frame is handed on as a {@link ParseResult}.
 * Not thread-safe: one reader feeds it.
 */
public final class FrameAssembler {
    private final Consumer<ParseResult> sink;
    private final char[] line = new char[KeypadFrameCodec.MAX_FRAME_LENGTH - 2];
    private int length;
    private boolean inFrame;
    private boolean overflow;
    private long skippedBytes;

    public FrameAssembler(Consumer<ParseResult> sink) {
        this.sink = Objects.requireNonNull(sink);
    }

    public void accept(byte[] bytes, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, bytes.length);
        for (int i = offset; i < offset + count; i++) {
            accept(bytes[i]);
        }
    }

    private void accept(byte b) {
        if (b == '$') {
            if (inFrame && !overflow) {
                sink.accept(new ParseResult.Rejected(FrameError.TRUNCATED, "a new frame began before this one ended"));
            }
            inFrame = true;
            overflow = false;
            length = 0;
            line[length++] = '$';
        } else if (!inFrame) {
            if (b != '\r' && b != '\n') {
                skippedBytes++;
            }
        } else if (b == '\r' || b == '\n') {
            if (!overflow) {
                sink.accept(KeypadFrameCodec.parse(java.nio.CharBuffer.wrap(line, 0, length)));
            }
            inFrame = false;
            length = 0;
        } else if (overflow) {
            skippedBytes++;
        } else if (length >= KeypadFrameCodec.MAX_FRAME_LENGTH - 2) { // room for CR LF
            overflow = true;
            sink.accept(new ParseResult.Rejected(FrameError.TOO_LONG,
                    "no end of line within " + KeypadFrameCodec.MAX_FRAME_LENGTH + " bytes"));
            skippedBytes++;
        } else {
            line[length++] = (char) (b & 0xFF);
        }
    }

    /** Bytes that belonged to no frame (noise, the rest of an over-long line), CR and LF between frames not counted. */
    public long skippedBytes() {
        return skippedBytes;
    }

    /** Forgets a half-read frame, e.g. after the port was reopened. */
    public void reset() {
        inFrame = false;
        overflow = false;
        length = 0;
    }
}
