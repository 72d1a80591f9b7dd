package vn.motcua.app.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.motcua.app.DeskSettings;
import vn.motcua.app.DeviceSettings;
import vn.motcua.store.sync.SyncSettings;

/**
 * The desk's settings as read at one moment: the machine's shared file, overlaid by the user's own
 * {@code desk.properties}, overlaid by the secrets file. Immutable. {@link #toString()} names no value, so a
 * config can be logged.
 */
public final class DeskConfig {
    /** The key holding the file format's version; files without it are version 1. */
    public static final String VERSION_KEY = "config.version";
    /** Version 2: the config moved out of the data directory and the secrets out of desk.properties. */
    public static final int CURRENT_VERSION = 2;
    /** Keys kept only in the secrets file (owner-only permissions), never in desk.properties or a log. */
    public static final Set<String> SECRET_KEYS = Set.of(SyncSettings.PREFIX + "password",
            SyncSettings.PREFIX + "oauth.clientSecret");

    private final SortedMap<String, String> shared;
    private final SortedMap<String, String> user;
    private final SortedMap<String, String> secrets;
    private final boolean firstRun;
    private final List<String> problems;
    private final List<String> upgrades;

    DeskConfig(Map<String, String> shared, Map<String, String> user, Map<String, String> secrets, boolean firstRun,
            List<String> problems, List<String> upgrades) {
        this.shared = Collections.unmodifiableSortedMap(new TreeMap<>(shared));
        this.user = Collections.unmodifiableSortedMap(new TreeMap<>(user));
        this.secrets = Collections.unmodifiableSortedMap(new TreeMap<>(secrets));
        this.firstRun = firstRun;
        this.problems = List.copyOf(problems);
        this.upgrades = List.copyOf(upgrades);
    }

    /** The settings of a desk with no files: demonstration values and virtual devices. */
    public static DeskConfig empty() {
        return new DeskConfig(Map.of(), Map.of(), Map.of(), true, List.of(), List.of());
    }

    /** Whether a key is secret: the known ones, and by name anything ending in "password" or "secret". */
    public static boolean isSecret(String key) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return SECRET_KEYS.contains(key) || lower.endsWith("password") || lower.endsWith("secret");
    }

    /** Neither the user nor the machine has settings yet: the setup wizard runs before anything else. */
    public boolean firstRun() {
        return firstRun;
    }

    /** What the files got wrong (for the log and the settings screen); never a secret's value. */
    public List<String> problems() {
        return problems;
    }

    /** What loading upgraded (moved file, secrets taken out, version raised), for the log. */
    public List<String> upgrades() {
        return upgrades;
    }

    /** Every setting in force: shared, then the user's, then the secrets. */
    public SortedMap<String, String> values() {
        SortedMap<String, String> all = new TreeMap<>(shared);
        all.putAll(user);
        all.putAll(secrets);
        return Collections.unmodifiableSortedMap(all);
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values().get(key));
    }

    /** The user's own desk.properties (no secrets). */
    public SortedMap<String, String> user() {
        return user;
    }

    /** The machine's shared desk.properties, as read. */
    public SortedMap<String, String> shared() {
        return shared;
    }

    /** Whether a secret is stored (its value is only ever handed to the code that uses it). */
    public boolean hasSecret(String key) {
        return secrets.containsKey(key) || shared.containsKey(key);
    }

    public Properties properties() {
        Properties properties = new Properties();
        properties.putAll(values());
        return properties;
    }

    /** The agency, counter and language, with problems of their own. */
    public DeskSettings.Loaded deskSettings() {
        return DeskSettings.from(properties(), "desk.properties", !firstRun);
    }

    public DeviceSettings deviceSettings() {
        DeviceSettings devices = DeviceSettings.from(properties(), "desk.properties");
        if (problems.isEmpty()) {
            return devices;
        }
        List<String> all = new ArrayList<>(problems);
        all.addAll(devices.problems());
        return devices.withProblems(all);
    }

    /** Centre mode's shared queue server ({@code centre.*}), when set. */
    public Optional<vn.motcua.centre.CentreSettings> centreSettings() {
        return DeviceSettings.centre(properties(), "desk.properties");
    }

    @Override
    public String toString() {
        return "DeskConfig[shared=" + shared.size() + " keys, user=" + user.size() + " keys, secrets="
                + secrets.size() + ", firstRun=" + firstRun + ", problems=" + problems.size() + "]";
    }
}
