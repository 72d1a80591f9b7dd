package vn.motcua.app.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.DeskSettings;
import vn.motcua.app.DeviceSettings;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.devices.keypad.KeypadKind;
import vn.motcua.devices.keypad.KeypadSettings;

class RatingSettingsTest {
    @TempDir
    Path directory;

    @Test
    void nothingConfiguredMeansTheRatingScreenAndTheDefaultRules() {
        assertThat(DeviceSettings.load(directory).keypad().kind()).isEqualTo(KeypadKind.NONE);
        assertThat(RatingSettings.rules(Map.of())).isEqualTo(RatingRules.defaults());
    }

    @Test
    void aSerialPadAndEveryRuleAreReadFromDeskProperties() throws IOException {
        Files.writeString(directory.resolve(DeskSettings.FILE_NAME), """
                keypad.kind=serial
                keypad.serialPort=/dev/ttyUSB0
                keypad.address=03
                keypad.keys=4
                rating.windowSeconds=45
                rating.debounceMillis=400
                rating.reasons=Chờ lâu | Thiếu hướng dẫn
                rating.alert.unhappyPercent=40
                rating.alert.minutes=30
                rating.alert.minimumRatings=5
                """, StandardCharsets.UTF_8);

        DeviceSettings devices = DeviceSettings.load(directory);

        assertThat(devices.problems()).isEmpty();
        assertThat(devices.keypad().kind()).isEqualTo(KeypadKind.SERIAL);
        assertThat(devices.keypad().serialPort()).isEqualTo("/dev/ttyUSB0");
        assertThat(devices.keypad().address()).isEqualTo("03");
        RatingRules rules = devices.ratingRules();
        assertThat(rules.scale().level(3)).contains(RatingLevel.NEUTRAL);
        assertThat(rules.window()).isEqualTo(Duration.ofSeconds(45));
        assertThat(rules.debounce()).isEqualTo(Duration.ofMillis(400));
        assertThat(rules.reasons()).containsExactly("Chờ lâu", "Thiếu hướng dẫn");
        assertThat(rules.alert().unhappyPercent()).isEqualTo(40);
        assertThat(rules.alert().period()).isEqualTo(Duration.ofMinutes(30));
        assertThat(rules.alert().minimumRatings()).isEqualTo(5);
    }

    @Test
    void anExplicitKeyMapWinsAndAnEmptyReasonListAsksNothing() {
        RatingRules rules = RatingSettings.rules(Map.of("rating.scale", "1=UNSATISFIED,2=VERY_SATISFIED",
                "keypad.keys", "4", "rating.reasons", " "));

        assertThat(rules.scale().levels()).containsExactly(RatingLevel.UNSATISFIED, RatingLevel.VERY_SATISFIED);
        assertThat(rules.asksReason()).isFalse();
    }

    @Test
    void brokenEntriesAreReportedAndTheDefaultsStandIn() throws IOException {
        assertThatThrownBy(() -> KeypadSettings.fromProperties(Map.of("keypad.kind", "USB")))
                .hasMessageContaining("keypad.kind");
        assertThatThrownBy(() -> KeypadSettings.fromProperties(Map.of("keypad.kind", "SERIAL")))
                .hasMessageContaining("keypad.serialPort");
        assertThatThrownBy(() -> RatingSettings.rules(Map.of("rating.windowSeconds", "nửa phút")))
                .hasMessageContaining("rating.windowSeconds");
        assertThatThrownBy(() -> RatingSettings.rules(Map.of("rating.windowSeconds", "2")))
                .hasMessageContaining("rating.windowSeconds");
        assertThatThrownBy(() -> RatingSettings.rules(Map.of("keypad.keys", "5"))).hasMessageContaining("keypad.keys");

        Files.writeString(directory.resolve(DeskSettings.FILE_NAME), "keypad.kind=SERIAL\nrating.scale=1=HAPPY\n",
                StandardCharsets.UTF_8);
        DeviceSettings devices = DeviceSettings.load(directory);
        assertThat(devices.keypad()).isEqualTo(KeypadSettings.of(KeypadKind.NONE));
        assertThat(devices.ratingRules()).isEqualTo(RatingRules.defaults());
        assertThat(devices.problems()).hasSize(2).allSatisfy(problem -> assertThat(problem).contains(
                DeskSettings.FILE_NAME));
        assertThat(List.copyOf(devices.problems()).get(1)).contains("rating.scale");
    }
}
