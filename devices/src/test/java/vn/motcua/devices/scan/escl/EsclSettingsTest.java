package vn.motcua.devices.scan.escl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EsclSettingsTest {

    @Test
    void defaultsAndTheRootAsGiven() {
        EsclSettings settings = EsclSettings.fromProperties(Map.of(
                "scanner.escl.uri", " http://192.168.1.20/eSCL ", "scanner.sane.host", "ignored"));

        assertThat(settings.root()).isEqualTo(URI.create("http://192.168.1.20/eSCL"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.pageTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.busyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.busyRetry()).isEqualTo(Duration.ofMillis(500));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "http://192.168.1.20,            http://192.168.1.20/eSCL",
            "http://192.168.1.20/,           http://192.168.1.20/eSCL",
            "HTTPS://scanner.local:8443/eSCL/, https://scanner.local:8443/eSCL",
            "http://[fe80::1]:80/escl,       http://[fe80::1]:80/escl",
    })
    void rootIsNormalised(String given, String root) {
        assertThat(EsclSettings.fromProperties(Map.of("scanner.escl.uri", given)).root()).isEqualTo(URI.create(root));
    }

    @Test
    void everythingGiven() {
        EsclSettings settings = EsclSettings.fromProperties(Map.of("scanner.escl.uri", "http://10.0.0.5",
                "scanner.escl.connectTimeoutMs", "1500", "scanner.escl.requestTimeoutMs", "4000",
                "scanner.escl.pageTimeoutMs", "300000", "scanner.escl.busyTimeoutMs", "60000",
                "scanner.escl.busyRetryMs", "250"));

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.pageTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.busyTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.busyRetry()).isEqualTo(Duration.ofMillis(250));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "uri|                 |scanner.escl.uri: is missing; the scanner's eSCL address, e.g. http://192.168.1.20/eSCL",
            "uri|192.168.1.20     |scanner.escl.uri: '192.168.1.20' must start with http:// or https://",
            "uri|ipp://10.0.0.5   |scanner.escl.uri: 'ipp://10.0.0.5' must start with http:// or https://",
            "uri|http://a b/eSCL  |scanner.escl.uri: 'http://a b/eSCL' is not a valid address",
            "uri|http:///eSCL     |scanner.escl.uri: 'http:///eSCL' must name the scanner's host",
            "uri|http://admin:pw@10.0.0.5/eSCL|scanner.escl.uri: 'http://admin:pw@10.0.0.5/eSCL' must name the scanner's host",
            "uri|http://10.0.0.5/eSCL?x=1|scanner.escl.uri: 'http://10.0.0.5/eSCL?x=1' must not have a query or fragment",
            "connectTimeoutMs|3s  |scanner.escl.connectTimeoutMs: '3s' is not a whole number of milliseconds",
            "requestTimeoutMs|0   |scanner.escl.requestTimeoutMs: must be between 1 and 600000 ms, not 0",
            "pageTimeoutMs|-1     |scanner.escl.pageTimeoutMs: must be between 1 and 600000 ms, not -1",
            "busyTimeoutMs|9999999|scanner.escl.busyTimeoutMs: must be between 1 and 600000 ms, not 9999999",
            "busyRetryMs|40000    |scanner.escl.busyRetryMs: must not exceed busyTimeoutMs (30000 ms), not 40000",
            "url|http://10.0.0.5  |scanner.escl.url: unknown setting; known are",
    })
    void badValuesNameTheKey(String key, String value, String message) {
        Map<String, String> properties = new HashMap<>(Map.of("scanner.escl.uri", "http://10.0.0.5/eSCL"));
        properties.put("scanner.escl." + key, value == null ? "" : value);

        assertThatThrownBy(() -> EsclSettings.fromProperties(properties))
                .isInstanceOf(InvalidEsclSettingsException.class)
                .hasMessageStartingWith(message)
                .extracting(e -> ((InvalidEsclSettingsException) e).key())
                .isEqualTo("scanner.escl." + key);
    }
}
