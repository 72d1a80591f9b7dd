package vn.motcua.store.sync;

import java.net.URI;
import java.util.Properties;
import vn.motcua.sandbox.SandboxOptions;

/** Sync settings for a desk talking to the province sandbox, as the {@code sync.*} properties a desk would read. */
final class TestSyncSettings {
    private final Properties properties = new Properties();

    private TestSyncSettings(URI serviceUrl) {
        properties.setProperty("sync.serviceUrl", serviceUrl.toString());
        properties.setProperty("sync.agency", SandboxOptions.DEFAULT_AGENCY);
        properties.setProperty("sync.username", SandboxOptions.DEFAULT_USER);
        properties.setProperty("sync.password", SandboxOptions.DEFAULT_PASSWORD);
        properties.setProperty("sync.requestTimeout", "PT10S");
        properties.setProperty("sync.pullEvery", "PT87600H"); // one pull at the first pass, then only when asked
    }

    static TestSyncSettings forProvince(URI serviceUrl) {
        return new TestSyncSettings(serviceUrl);
    }

    static TestSyncSettings forPort(int port) {
        return forProvince(URI.create("http://127.0.0.1:" + port + "/api/"));
    }

    TestSyncSettings with(String key, Object value) {
        properties.setProperty("sync." + key, value.toString());
        return this;
    }

    SyncSettings settings() {
        return SyncSettings.from(properties);
    }
}
