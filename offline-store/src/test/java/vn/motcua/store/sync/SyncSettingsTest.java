package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SyncSettingsTest {
    private static Properties properties(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    private static Properties complete() {
        return properties("sync.serviceUrl", "https://motcua.tinh.gov.vn/api/", "sync.agency", "000.00.12.H62",
                "sync.username", "canbo", "sync.password", "mat-khau-bi-mat");
    }

    @Test
    void readsTheKeysWithDefaults() {
        SyncSettings settings = SyncSettings.from(complete());
        assertThat(settings.agency().value()).isEqualTo("000.00.12.H62");
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.uploadChunkBytes()).isEqualTo(256 * 1024);
        assertThat(settings.oauth()).isEmpty();
        assertThat(SyncSettings.configured(complete())).isTrue();
        assertThat(SyncSettings.configured(new Properties())).isFalse();
    }

    @Test
    void listsEveryProblemAtOnce() {
        Properties wrong = properties("sync.serviceUrl", "ftp://x", "sync.requestTimeout", "30 giây",
                "sync.uploadChunkBytes", "-1");
        assertThatThrownBy(() -> SyncSettings.from(wrong)).isInstanceOfSatisfying(SyncSettingsException.class,
                e -> assertThat(e.problems()).hasSize(6).anySatisfy(p -> assertThat(p).contains("sync.password"))
                        .anySatisfy(p -> assertThat(p).contains("sync.requestTimeout"))
                        .anySatisfy(p -> assertThat(p).contains("sync.serviceUrl")));
    }

    @Test
    void secretsNeverShowInTextOrErrors() {
        Properties withOauth = complete();
        withOauth.setProperty("sync.oauth.tokenUrl", "https://gateway.tinh.gov.vn/token");
        withOauth.setProperty("sync.oauth.clientId", "desk-01");
        withOauth.setProperty("sync.oauth.clientSecret", "bi-mat-oauth");
        SyncSettings settings = SyncSettings.from(withOauth);
        assertThat(settings.toString()).doesNotContain("mat-khau-bi-mat").doesNotContain("bi-mat-oauth")
                .contains("desk-01");
        withOauth.setProperty("sync.connectTimeout", "nope");
        assertThatThrownBy(() -> SyncSettings.from(withOauth)).message().doesNotContain("mat-khau-bi-mat")
                .doesNotContain("bi-mat-oauth");
    }
}
