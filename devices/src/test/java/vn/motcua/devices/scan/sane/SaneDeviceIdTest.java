package vn.motcua.devices.scan.sane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaneDeviceIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"sane://127.0.0.1:6566/test:0", "sane://scan-server:6566/epson2:net:192.168.1.20",
        "sane://[::1]:6567/hpaio:/usb/OfficeJet?serial=CN1", "sane://10.0.0.5:6566/fujitsu:fi-7160:1/2"})
    void readsBackWhatItWrites(String id) {
        assertThat(SaneDeviceId.parse(id).toString()).isEqualTo(id);
    }

    @Test
    void splitsHostPortAndTheSaneName() {
        SaneDeviceId id = SaneDeviceId.parse("sane://[::1]:6567/hpaio:/usb/OfficeJet?serial=CN1");

        assertThat(id.host()).isEqualTo("::1");
        assertThat(id.port()).isEqualTo(6567);
        assertThat(id.name()).isEqualTo("hpaio:/usb/OfficeJet?serial=CN1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"escl://127.0.0.1:80/x", "sane://127.0.0.1/test:0", "sane://127.0.0.1:port/test:0",
        "sane://127.0.0.1:6566/", "sane://:6566/test:0", "sane://[::1/test:0", "sane://h:0/test"})
    void refusesWhatIsNotASaneId(String id) {
        assertThatThrownBy(() -> SaneDeviceId.parse(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a SANE device id");
    }
}
