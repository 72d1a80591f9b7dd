package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxCommandLineTest {
    @Test
    void optionsAreReadFromTheCommandLine() {
        SandboxOptions options = SandboxCommandLine.parse(new String[] {"--port", "8089", "--data", "/tmp/tinh",
            "--user", "tiepnhan1:mk:co:hai:cham", "--agency", "H15.50.05.13:UBND xã Thử: Nghiệm", "--strict",
            "--session-minutes", "5", "--faults", "http503:2,slow~0.2", "--seed", "9", "--page-size", "10"});

        assertThat(options.port()).isEqualTo(8089);
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/tinh"));
        assertThat(options.users()).containsExactly(Map.entry("tiepnhan1", "mk:co:hai:cham"));
        assertThat(options.agencies()).containsExactly(Map.entry("H15.50.05.13", "UBND xã Thử: Nghiệm"));
        assertThat(options.strictCreate()).isTrue();
        assertThat(options.sessionLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.faults()).isEqualTo("http503:2,slow~0.2");
        assertThat(options.seed()).isEqualTo(9);
        assertThat(options.pageSize()).isEqualTo(10);
    }

    @Test
    void withoutArgumentsTheDefaultsServeOnAFixedPortForTrainers() {
        assertThat(SandboxCommandLine.parse(new String[0])).isEqualTo(SandboxOptions.defaults().withPort(8089));
        assertThat(SandboxCommandLine.parse(new String[] {"--help"})).isNull();
    }

    @Test
    void mistakesAreRefusedBeforeTheServerStarts() {
        assertThatThrownBy(() -> SandboxCommandLine.parse(new String[] {"--faults", "meteor:1"}))
                .hasMessageContaining("meteor");
        assertThatThrownBy(() -> SandboxCommandLine.parse(new String[] {"--user", "nopassword"}))
                .hasMessageContaining("NAME:VALUE");
        assertThatThrownBy(() -> SandboxCommandLine.parse(new String[] {"--port"})).hasMessageContaining("--port");
        assertThatThrownBy(() -> SandboxCommandLine.parse(new String[] {"--colour", "x"}))
                .hasMessageContaining("--colour");
    }

    @Test
    void theBannerNamesUsersButNeverTheirPasswords() throws Exception {
        SandboxOptions options = SandboxOptions.defaults().withUsers(Map.of("tiepnhan1", "Bi-Mat-42"));
        try (ProvinceSandbox sandbox = ProvinceSandbox.start(options)) {
            String banner = SandboxCommandLine.banner(sandbox);
            assertThat(banner).contains(sandbox.serviceUri().toString(), "tiepnhan1").doesNotContain("Bi-Mat-42");
        }
    }

    @Test
    void theOAuthGatewayIsAskedForWithItsClientAndTokenLifetime() {
        SandboxOptions options = SandboxCommandLine.parse(new String[] {"--oauth", "motcua-desk:bí:mật",
            "--token-minutes", "15"});

        assertThat(options.oauth()).hasValue(new SandboxOptions.OAuthClient("motcua-desk", "bí:mật",
                Duration.ofMinutes(15)));
    }
}
