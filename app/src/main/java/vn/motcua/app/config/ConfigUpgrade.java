package vn.motcua.app.config;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The steps that bring an older {@code desk.properties} to the current format, one per version. A step renames or
 * moves keys; it never drops one. Next format: add a step {@code from = 2} and raise
 * {@link DeskConfig#CURRENT_VERSION}.
 */
abstract class ConfigUpgrade {
    /** Version 1 → 2: the password and the OAuth secret leave desk.properties for the owner-only secrets file. */
    static final List<ConfigUpgrade> STEPS = List.of(new ConfigUpgrade(1) {
        @Override
        List<String> apply(SortedMap<String, String> user, SortedMap<String, String> secrets) {
            List<String> notes = new ArrayList<>(moveSecrets(user, secrets));
            notes.add("format 1 → 2");
            return notes;
        }
    });

    private final int from;

    ConfigUpgrade(int from) {
        this.from = from;
    }

    int from() {
        return from;
    }

    /** @return what was done, for the log (key names, never values) */
    abstract List<String> apply(SortedMap<String, String> user, SortedMap<String, String> secrets);

    /** Secrets typed into desk.properties (by hand, or by an older version) move to the secrets file. */
    static List<String> moveSecrets(SortedMap<String, String> user, SortedMap<String, String> secrets) {
        List<String> notes = new ArrayList<>();
        for (String key : List.copyOf(user.keySet())) {
            if (DeskConfig.isSecret(key)) {
                secrets.put(key, user.remove(key));
                notes.add(key + " moved to " + DeskConfigFiles.SECRETS_FILE);
            }
        }
        return notes;
    }
}
