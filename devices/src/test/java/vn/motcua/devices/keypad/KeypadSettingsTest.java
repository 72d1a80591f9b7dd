package vn.motcua.devices.keypad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeypadSettingsTest {

    @Test
    void aSerialKeypadNeedsOnlyItsPort() {
        KeypadSettings settings = KeypadSettings.fromProperties(Map.of(
                "keypad.kind", "serial", "keypad.serialPort", " /dev/ttyUSB0 ", "other.key", "ignored"));

        assertThat(settings).isEqualTo(KeypadSettings.serial("/dev/ttyUSB0"));
        assertThat(settings.baud()).isEqualTo(9600);
        assertThat(settings.address()).isEmpty();
        assertThat(settings.heartbeat()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.silenceLimit()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.duplicateWindow()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void everySettingIsRead() {
        KeypadSettings settings = KeypadSettings.fromProperties(Map.of(
                "keypad.kind", "SERIAL", "keypad.serialPort", "COM3", "keypad.baud", "19200",
                "keypad.address", "07", "keypad.heartbeatMs", "2000", "keypad.missedHeartbeats", "4",
                "keypad.duplicateWindowMs", "5000", "keypad.reconnectMinMs", "100", "keypad.reconnectMaxMs", "3000"));

        assertThat(settings).isEqualTo(new KeypadSettings(KeypadKind.SERIAL, "COM3", 19200, "07",
                Duration.ofSeconds(2), 4, Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(3)));
    }

    @Test
    void withoutAKindTheCounterHasNoKeypad() {
        assertThat(KeypadSettings.fromProperties(Map.of()).kind()).isEqualTo(KeypadKind.NONE);
        assertThat(KeypadSettings.fromProperties(Map.of("keypad.kind", "virtual")).kind()).isEqualTo(KeypadKind.VIRTUAL);
        assertThat(KeypadSettings.fromProperties(Map.of("keypad.kind", "KEYBOARD")).kind()).isEqualTo(KeypadKind.KEYBOARD);
    }

    @Test
    void badValuesNameTheirKey() {
        assertInvalid(Map.of("keypad.kind", "SERIAL"), "keypad.serialPort");
        assertInvalid(Map.of("keypad.kind", "USB"), "keypad.kind");
        assertInvalid(Map.of("keypad.kind", "SERIAL", "keypad.serialPort", "/dev/ttyS0", "keypad.baud", "1000"),
                "keypad.baud");
        assertInvalid(Map.of("keypad.address", "7"), "keypad.address");
        assertInvalid(Map.of("keypad.address", "00"), "keypad.address");
        assertInvalid(Map.of("keypad.heartbeatMs", "50"), "keypad.heartbeatMs");
        assertInvalid(Map.of("keypad.heartbeatMs", "five"), "keypad.heartbeatMs");
        assertInvalid(Map.of("keypad.missedHeartbeats", "1"), "keypad.missedHeartbeats");
        assertInvalid(Map.of("keypad.duplicateWindowMs", "900"), "keypad.duplicateWindowMs");
        assertInvalid(Map.of("keypad.reconnectMinMs", "500", "keypad.reconnectMaxMs", "100"), "keypad.reconnectMaxMs");
        assertInvalid(Map.of("keypad.port", "/dev/ttyUSB0"), "keypad.port");
    }

    @Test
    void aSerialAdapterNeedsSerialSettings() {
        assertThatThrownBy(() -> new SerialRatingKeypad(KeypadSettings.of(KeypadKind.VIRTUAL)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SERIAL");
    }

    private static void assertInvalid(Map<String, String> properties, String key) {
        assertThatThrownBy(() -> KeypadSettings.fromProperties(properties))
                .isInstanceOfSatisfying(InvalidKeypadSettingsException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
