package vn.motcua.devices.scan.sane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaneSettingsTest {

    @Test
    void readsEveryKeyAndTheBackendOptions() {
        SaneSettings settings = SaneSettings.fromProperties(Map.of(
                "scanner.sane.host", " 192.168.1.40 ",
                "scanner.sane.port", "6567",
                "scanner.sane.connectTimeoutMs", "1500",
                "scanner.sane.readTimeoutMs", "90000",
                "scanner.sane.option.swdeskew", "yes",
                "ticketPrinter.kind", "TCP"));

        assertThat(settings.host()).isEqualTo("192.168.1.40");
        assertThat(settings.port()).isEqualTo(6567);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.backendOptions()).containsExactly(Map.entry("swdeskew", "yes"));
    }

    @Test
    void defaultsToSanedOnThisPc() {
        SaneSettings settings = SaneSettings.fromProperties(Map.of());

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(6566);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backendOptions()).isEmpty();
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> SaneSettings.fromProperties(Map.of("scanner.sane.port", "saned")))
                .isInstanceOfSatisfying(InvalidSaneSettingsException.class,
                        e -> assertThat(e.key()).isEqualTo("scanner.sane.port"))
                .hasMessageContaining("'saned' is not a whole number");
        assertThatThrownBy(() -> SaneSettings.fromProperties(Map.of("scanner.sane.port", "70000")))
                .hasMessageContaining("scanner.sane.port").hasMessageContaining("1 and 65535");
        assertThatThrownBy(() -> SaneSettings.fromProperties(Map.of("scanner.sane.readTimeoutMs", "0")))
                .hasMessageContaining("scanner.sane.readTimeoutMs");
        assertThatThrownBy(() -> SaneSettings.fromProperties(Map.of("scanner.sane.host", " ")))
                .hasMessageContaining("scanner.sane.host: is missing");
        assertThatThrownBy(() -> SaneSettings.fromProperties(Map.of("scanner.sane.option.mode", " ")))
                .hasMessageContaining("scanner.sane.option.mode");
    }

    @Test
    void unknownKeysAreRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> SaneSettings.fromProperties(Map.of("scanner.sane.hots", "10.0.0.2")))
                .isInstanceOfSatisfying(InvalidSaneSettingsException.class,
                        e -> assertThat(e.key()).isEqualTo("scanner.sane.hots"))
                .hasMessageContaining("host").hasMessageContaining("option.<backend option>");
    }
}
