package vn.motcua.devices.keypad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.rating.RatingKeypad.KeyPress;
import vn.motcua.core.rating.RatingKeypad.KeypadState;

class VirtualRatingKeypadTest {
    private Instant now = Instant.parse("2026-11-23T01:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final VirtualRatingKeypad keypad = new VirtualRatingKeypad("virtual", 4, clock);
    private final List<KeyPress> presses = new ArrayList<>();
    private final List<KeypadState> states = new ArrayList<>();

    VirtualRatingKeypadTest() {
        keypad.onPress(presses::add);
        keypad.onState(states::add);
    }

    @Test
    void everyPressIsReportedLitOrNot() {
        assertThat(keypad.press(2, 150)).isTrue();
        now = now.plusSeconds(3);
        assertThat(keypad.press(4)).isTrue();

        assertThat(presses).containsExactly(new KeyPress("virtual", 2, 150, Instant.parse("2026-11-23T01:00:00Z")),
                new KeyPress("virtual", 4, 0, Instant.parse("2026-11-23T01:00:03Z")));
        assertThat(keypad.state()).isEqualTo(KeypadState.CONNECTED);
    }

    @Test
    void armLightsThePadForOnePress() {
        keypad.arm("A012", Duration.ofSeconds(30));
        assertThat(keypad.litFor()).contains("A012");

        keypad.press(1);

        assertThat(keypad.isLit()).isFalse();
        assertThat(presses).hasSize(1);
    }

    @Test
    void thePadGoesOutWhenTheWindowEndsOrOnDisarm() {
        keypad.arm("A012", Duration.ofSeconds(30));
        now = now.plusSeconds(29);
        assertThat(keypad.isLit()).isTrue();
        now = now.plusSeconds(1);
        assertThat(keypad.isLit()).isFalse();

        keypad.arm("A013", Duration.ofSeconds(30));
        keypad.disarm();
        assertThat(keypad.isLit()).isFalse();
    }

    @Test
    void aKeyboardPadTypesItsDigits() {
        assertThat(keypad.typed('3')).isTrue();
        assertThat(keypad.typed('5')).isFalse();
        assertThat(keypad.typed('0')).isFalse();
        assertThat(keypad.typed('a')).isFalse();

        assertThat(presses).extracting(KeyPress::key).containsExactly(3);
    }

    @Test
    void anUnpluggedPadLosesPressesAndSaysSo() {
        keypad.unplug();
        assertThat(keypad.press(1)).isFalse();
        keypad.plugIn();
        assertThat(keypad.press(2)).isTrue();

        assertThat(presses).extracting(KeyPress::key).containsExactly(2);
        assertThat(states).containsExactly(KeypadState.DISCONNECTED, KeypadState.CONNECTED);
    }

    @Test
    void closeIsFinal() {
        keypad.arm("A012", Duration.ofSeconds(30));
        keypad.close();
        keypad.plugIn();

        assertThat(keypad.press(1)).isFalse();
        assertThat(keypad.isLit()).isFalse();
        assertThat(keypad.state()).isEqualTo(KeypadState.CLOSED);
        assertThat(states).containsExactly(KeypadState.CLOSED);
    }

    @Test
    void keysThePadDoesNotHaveAreRefused() {
        assertThatThrownBy(() -> keypad.press(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keypad.press(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keypad.arm("A012", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
