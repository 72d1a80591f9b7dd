package vn.motcua.devices.pdf;

import java.util.Objects;

/** A word found by OCR and its box on the page image, in pixels from the top left corner. */
public record RecognisedWord(String text, int left, int top, int right, int bottom) {
    public RecognisedWord {
        Objects.requireNonNull(text, "text");
        if (right <= left || bottom <= top) {
            throw new IllegalArgumentException("A word's box must not be empty");
        }
    }
}
