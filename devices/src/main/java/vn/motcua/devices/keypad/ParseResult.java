package vn.motcua.devices.keypad;

import java.util.Objects;

/** What {@link KeypadFrameCodec#parse} made of one line: a frame, or the reason it is not one. */
public sealed interface ParseResult {

    record Accepted(KeypadFrame frame) implements ParseResult {
        public Accepted {
            Objects.requireNonNull(frame, "frame");
        }
    }

    /**
     * @param detail a short explanation for developers; describes the structure, never repeats the content
     */
    record Rejected(FrameError error, String detail) implements ParseResult {
        public Rejected {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
