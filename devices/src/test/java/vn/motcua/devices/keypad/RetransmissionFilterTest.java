package vn.motcua.devices.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RetransmissionFilterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RetransmissionFilter filter = new RetransmissionFilter(Duration.ofSeconds(10), now::get);

    private boolean copy(String address, int sequence, int key, int millis) {
        KeypadMessage.Press press = new KeypadMessage.Press(key, millis);
        KeypadFrame frame = new KeypadFrame(address, sequence, press);
        filter.heard(frame);
        return filter.isNewPress(frame, press);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void retransmissionsOfOnePressAreNotNew() {
        assertThat(copy("01", 5, 1, 95)).isTrue();
        advance(Duration.ofMillis(300));
        assertThat(copy("01", 5, 1, 95)).isFalse();
        advance(Duration.ofMillis(300));
        assertThat(copy("01", 5, 1, 95)).isFalse();
        advance(Duration.ofMillis(300));
        assertThat(copy("01", 5, 1, 95)).isFalse();
    }

    @Test
    void theSameNumberFromAnotherKeypadIsAnotherPress() {
        assertThat(copy("01", 5, 1, 95)).isTrue();
        assertThat(copy("02", 5, 1, 95)).isTrue();
    }

    @Test
    void theSameNumberWithAnotherKeyOrTimeIsANewPress() {
        assertThat(copy("01", 5, 1, 95)).isTrue();
        assertThat(copy("01", 5, 2, 95)).isTrue();
        assertThat(copy("01", 5, 2, 96)).isTrue();
    }

    @Test
    void aNumberComingBackAfterTheWindowIsANewPressEvenWithTheSameKeyAndTime() {
        assertThat(copy("01", 5, 1, 95)).isTrue();
        advance(Duration.ofSeconds(11));

        assertThat(copy("01", 5, 1, 95)).isTrue();
    }

    @Test
    void theWindowCountsFromTheLastCopy() {
        assertThat(copy("01", 5, 1, 95)).isTrue();
        advance(Duration.ofSeconds(8));
        assertThat(copy("01", 5, 1, 95)).isFalse();
        advance(Duration.ofSeconds(8));

        assertThat(copy("01", 5, 1, 95)).isFalse();
    }

    @Test
    void aFullWrapOfTheCounterAtAHumanPaceReportsEveryPress() {
        int reported = 0;
        int sequence = 0;
        for (int press = 0; press < 1_000; press++) {
            sequence = KeypadFrame.nextSequence(sequence);
            if (copy("01", sequence, 1 + press % 3, 100)) { // same press time every time: only the window separates
                reported++;
            }
            advance(Duration.ofMillis(400)); // 2.5 presses a second: the counter wraps every 102 s
        }

        assertThat(reported).isEqualTo(1_000);
        assertThat(filter.remembered("01")).isLessThanOrEqualTo(26);
    }

    @Test
    void aRestartedKeypadStartsAfresh() {
        assertThat(copy("01", 1, 1, 0)).isTrue();
        filter.heard(new KeypadFrame("01", 0, new KeypadMessage.Identity("KP300", "1.4.2", "SN1", 3)));

        assertThat(copy("01", 1, 1, 0)).isTrue();
    }

    @Test
    void theMemoryStaysBoundedByTheSequenceRange() {
        int sequence = 0;
        for (int press = 0; press < 10_000; press++) {
            sequence = KeypadFrame.nextSequence(sequence);
            copy("01", sequence, 1, press % 60_000);
        }

        assertThat(filter.remembered("01")).isLessThanOrEqualTo(255);
    }
}
