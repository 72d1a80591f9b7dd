package vn.motcua.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyboardWedgeTest {
    static final String CODE = "079190001234|025123456|Nguyen Thi Hong Nhung|15031990|Nu|Ha Noi|20042021";
    static final long MS = 1_000_000L;

    private static long feed(KeyboardWedge wedge, String text, long start, long gapNanos) {
        long t = start;
        for (char c : text.toCharArray()) {
            wedge.typed(c, t);
            t += gapNanos;
        }
        return t;
    }

    @Test
    void aFastBurstEndedByEnterIsAScan() {
        KeyboardWedge wedge = new KeyboardWedge();
        long end = feed(wedge, CODE, 0, 4 * MS);

        assertThat(wedge.enter(end)).contains(CODE);
    }

    @Test
    void typingByHandIsNotAScan() {
        KeyboardWedge wedge = new KeyboardWedge();
        long end = feed(wedge, "079190001234", 0, 120 * MS);

        assertThat(wedge.enter(end)).isEmpty();
    }

    @Test
    void aShortFastBurstIsNotAScanAndTheBurstRestartsAfterAPause() {
        KeyboardWedge wedge = new KeyboardWedge();
        long end = feed(wedge, "abc", 0, 2 * MS);
        assertThat(wedge.enter(end)).isEmpty();

        long later = feed(wedge, "typed slowly first ", end + 1_000 * MS, 150 * MS);
        long scanEnd = feed(wedge, CODE, later + 500 * MS, 3 * MS);
        assertThat(wedge.enter(scanEnd)).as("only the burst after the pause").contains(CODE);
    }

    @Test
    void enterLongAfterTheBurstIsTyping() {
        KeyboardWedge wedge = new KeyboardWedge();
        long end = feed(wedge, CODE, 0, 3 * MS);

        assertThat(wedge.enter(end + 400 * MS)).isEmpty();
    }
}
