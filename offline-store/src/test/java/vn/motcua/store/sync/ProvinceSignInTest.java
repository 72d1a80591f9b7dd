package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxOptions;
import vn.motcua.store.sync.ProvinceSignIn.Outcome;

/** The connection test of the settings screen against the province sandbox on loopback. */
class ProvinceSignInTest {
    private ProvinceSandbox province;

    @BeforeEach
    void start() throws Exception {
        province = ProvinceSandbox.start();
    }

    @AfterEach
    void stop() {
        province.close();
    }

    private static SyncSettings settings(String url, String password) {
        Properties properties = new Properties();
        properties.setProperty(SyncSettings.PREFIX + "serviceUrl", url);
        properties.setProperty(SyncSettings.PREFIX + "agency", SandboxOptions.DEFAULT_AGENCY);
        properties.setProperty(SyncSettings.PREFIX + "username", SandboxOptions.DEFAULT_USER);
        properties.setProperty(SyncSettings.PREFIX + "password", password);
        properties.setProperty(SyncSettings.PREFIX + "connectTimeout", "PT2S");
        properties.setProperty(SyncSettings.PREFIX + "requestTimeout", "PT5S");
        return SyncSettings.from(properties);
    }

    @Test
    void theRightAccountSignsIn() {
        var result = ProvinceSignIn.check(settings(province.serviceUri().toString(), SandboxOptions.DEFAULT_PASSWORD));
        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(result.detail()).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheDetailNeverHoldsIt() {
        var result = ProvinceSignIn.check(settings(province.serviceUri().toString(), "mat-khau-sai-123"));
        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.detail()).isNotBlank().doesNotContain("mat-khau-sai-123");
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var result = ProvinceSignIn.check(settings("http://127.0.0.1:" + closed + "/api/", "x"));
        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(result.detail()).contains("DangNhap");
    }
}
