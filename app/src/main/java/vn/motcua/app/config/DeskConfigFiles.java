package vn.motcua.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's settings files on disk, in the {@link DeskDirectories}: the user's {@value #FILE_NAME} and
 * {@value #SECRETS_FILE} in the config directory, and the machine's shared {@value #FILE_NAME} (read only).
 *
 * <p>Loading upgrades old files: a version-1 {@code desk.properties} in the data directory (where the desk kept it
 * before) moves to the config directory, and secrets move out of {@code desk.properties} into the secrets file,
 * which only its owner may read. A file written by a newer version is read and never rewritten. A file that cannot
 * be read is reported and kept (copied aside before the settings screen writes a new one); nothing typed by an
 * administrator is dropped: unknown keys are kept as they are.
 */
public final class DeskConfigFiles {
    public static final String FILE_NAME = vn.motcua.app.DeskSettings.FILE_NAME;
    public static final String SECRETS_FILE = "secrets.properties";
    private static final Logger LOG = LoggerFactory.getLogger(DeskConfigFiles.class);
    private static final List<String> HEADER = List.of(
            "MotCua Desk — cấu hình của quầy (UTF-8). Nên sửa bằng màn hình Cài đặt; sửa tay khi ứng dụng đã đóng.",
            "Mọi khóa: devices/README.md và installer/README.md. Mật khẩu không nằm ở đây mà trong " + SECRETS_FILE + ".");
    private static final List<String> SECRETS_HEADER = List.of(
            "MotCua Desk — mật khẩu và khóa bí mật (chỉ tài khoản này đọc được). Không gửi tệp này cho ai.");

    private final DeskDirectories directories;

    public DeskConfigFiles(DeskDirectories directories) {
        this.directories = Objects.requireNonNull(directories, "directories");
    }

    public DeskDirectories directories() {
        return directories;
    }

    public Path userFile() {
        return directories.config().resolve(FILE_NAME);
    }

    public Path secretsFile() {
        return directories.config().resolve(SECRETS_FILE);
    }

    public Optional<Path> sharedFile() {
        return directories.sharedConfig().map(directory -> directory.resolve(FILE_NAME));
    }

    /** Where the desk kept its settings before version 2. */
    Path legacyFile() {
        return directories.data().resolve(FILE_NAME);
    }

    private boolean legacyApplies() {
        return !directories.config().toAbsolutePath().normalize()
                .equals(directories.data().toAbsolutePath().normalize());
    }

    /** Reads the files, upgrading old ones on disk. Never throws for bad content: see {@link DeskConfig#problems()}. */
    public synchronized DeskConfig load() {
        List<String> problems = new ArrayList<>();
        List<String> upgrades = new ArrayList<>();
        Read shared = sharedFile().map(file -> read(file, problems)).orElse(Read.ABSENT);
        shared.values().keySet().stream().filter(DeskConfig::isSecret).forEach(key -> problems.add(sharedFile()
                .orElseThrow() + ": " + key + " is readable by every user of this machine; set it in the settings"
                + " screen instead (it then goes to the user's " + SECRETS_FILE + ")"));
        Read user = read(userFile(), problems);
        Read secrets = read(secretsFile(), problems);
        Optional<Path> movedFrom = Optional.empty();
        if (legacyApplies() && Files.isRegularFile(legacyFile())) {
            if (!user.exists()) {
                Read legacy = read(legacyFile(), problems);
                if (legacy.readable()) {
                    user = legacy;
                    movedFrom = Optional.of(legacyFile());
                    upgrades.add("moved " + legacyFile() + " to " + userFile());
                }
            } else {
                finishInterruptedMove(user, secrets, problems, upgrades);
            }
        }
        boolean firstRun = !user.exists() && !shared.exists();
        SortedMap<String, String> userValues = new TreeMap<>(user.values());
        SortedMap<String, String> secretValues = new TreeMap<>(secrets.values());
        int version = version(userValues, user.exists() ? userFile() : null, problems);
        if (version > DeskConfig.CURRENT_VERSION) {
            problems.add(userFile() + ": written by a newer MotCua Desk (format " + version
                    + "); read as it is and not rewritten");
            return config(shared, userValues, secretValues, firstRun, problems, upgrades);
        }
        boolean changed = movedFrom.isPresent() || user.exists() && version < DeskConfig.CURRENT_VERSION;
        for (ConfigUpgrade step : ConfigUpgrade.STEPS) {
            if (user.exists() && version <= step.from()) {
                upgrades.addAll(step.apply(userValues, secretValues));
            }
        }
        List<String> moved = ConfigUpgrade.moveSecrets(userValues, secretValues);
        if (!moved.isEmpty()) {
            upgrades.addAll(moved);
            changed = true;
        }
        if (changed && user.readable()) {
            userValues.put(DeskConfig.VERSION_KEY, Integer.toString(DeskConfig.CURRENT_VERSION));
            try {
                writeSecrets(secretValues);
                writeUser(userValues);
                if (movedFrom.isPresent()) {
                    Files.delete(movedFrom.get());
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add("the upgraded settings could not be written (" + e.getClass().getSimpleName()
                        + "); the old files are kept and used as they are");
            }
        }
        tightenSecretsFile(problems, upgrades);
        return config(shared, userValues, secretValues, firstRun, problems, upgrades);
    }

    private DeskConfig config(Read shared, Map<String, String> user, Map<String, String> secrets, boolean firstRun,
            List<String> problems, List<String> upgrades) {
        problems.forEach(problem -> LOG.warn("Settings: {}", problem));
        upgrades.forEach(upgrade -> LOG.info("Settings upgraded: {}", upgrade));
        return new DeskConfig(shared.values(), user, secrets, firstRun, problems, upgrades);
    }

    /**
     * A crash between writing the new files and deleting the old one leaves both: the old one is deleted once
     * everything in it is in the new files; otherwise it stays, unused, and is reported.
     */
    private void finishInterruptedMove(Read user, Read secrets, List<String> problems, List<String> upgrades) {
        Read legacy = read(legacyFile(), new ArrayList<>());
        Map<String, String> now = new HashMap<>(user.values());
        now.putAll(secrets.values());
        boolean allThere = legacy.readable() && legacy.values().entrySet().stream()
                .allMatch(entry -> entry.getValue().equals(now.get(entry.getKey())));
        if (allThere) {
            try {
                Files.delete(legacyFile());
                upgrades.add("removed " + legacyFile() + ", already moved to " + userFile());
            } catch (IOException e) {
                problems.add(legacyFile() + ": already moved but cannot be removed (" + e.getClass().getSimpleName()
                        + ")");
            }
        } else {
            problems.add(legacyFile() + ": an older settings file the desk no longer reads (settings are in "
                    + userFile() + ")");
        }
    }

    private void tightenSecretsFile(List<String> problems, List<String> upgrades) {
        Path file = secretsFile();
        try {
            if (Files.isRegularFile(file) && AtomicFile.readableByOthers(file)) {
                AtomicFile.makeOwnerOnly(file);
                upgrades.add(file + ": made readable by its owner only");
            }
        } catch (IOException e) {
            problems.add(file + ": others may read it and its permissions cannot be changed ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static int version(Map<String, String> values, Path file, List<String> problems) {
        String raw = values.get(DeskConfig.VERSION_KEY);
        if (raw == null) {
            return 1;
        }
        try {
            int version = Integer.parseInt(raw.strip());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(file + ": " + DeskConfig.VERSION_KEY + " must be a whole number, not '" + raw
                + "'; read as the current format");
        return DeskConfig.CURRENT_VERSION;
    }

    /**
     * Applies an edit from the settings screen: the user's file keeps every key the edit does not name, secrets
     * go to the secrets file whatever key they come under. Crash-safe; returns the settings as now in force.
     *
     * @throws IllegalStateException when a newer version wrote the user's file (it is not overwritten)
     * @throws UncheckedIOException when the files cannot be written (the old ones are intact)
     */
    public synchronized DeskConfig save(ConfigEdit edit) {
        List<String> problems = new ArrayList<>();
        Read user = read(userFile(), problems);
        Read secrets = read(secretsFile(), problems);
        SortedMap<String, String> userValues = new TreeMap<>(user.values());
        if (version(userValues, userFile(), new ArrayList<>()) > DeskConfig.CURRENT_VERSION) {
            throw new IllegalStateException(userFile() + " was written by a newer MotCua Desk");
        }
        SortedMap<String, String> secretValues = new TreeMap<>(secrets.values());
        edit.removed().forEach(key -> {
            userValues.remove(key);
            secretValues.remove(key);
        });
        edit.values().forEach((key, value) -> (DeskConfig.isSecret(key) ? secretValues : userValues).put(key, value));
        ConfigUpgrade.moveSecrets(userValues, secretValues);
        userValues.put(DeskConfig.VERSION_KEY, Integer.toString(DeskConfig.CURRENT_VERSION));
        try {
            keepUnreadable(user, userFile());
            keepUnreadable(secrets, secretsFile());
            writeSecrets(secretValues);
            writeUser(userValues);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the settings in " + directories.config(), e);
        }
        LOG.info("Settings saved in {} ({} keys)", userFile(), userValues.size());
        return load();
    }

    /** A file that could not be read is copied aside rather than overwritten. */
    private static void keepUnreadable(Read read, Path file) throws IOException {
        if (read.exists() && !read.readable()) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.warn("Kept the unreadable {} as {}", file, aside);
        }
    }

    private void writeUser(SortedMap<String, String> values) throws IOException {
        AtomicFile.createPrivateDirectories(directories.config());
        AtomicFile.write(userFile(), PropertiesText.render(HEADER, values).getBytes(StandardCharsets.UTF_8), false);
    }

    private void writeSecrets(SortedMap<String, String> values) throws IOException {
        if (values.isEmpty() && !Files.exists(secretsFile())) {
            return;
        }
        AtomicFile.createPrivateDirectories(directories.config());
        AtomicFile.write(secretsFile(), PropertiesText.render(SECRETS_HEADER, values)
                .getBytes(StandardCharsets.UTF_8), true);
    }

    private static Read read(Path file, List<String> problems) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new Read(true, true, PropertiesText.parse(text));
        } catch (NoSuchFileException e) {
            return Read.ABSENT;
        } catch (CharacterCodingException e) {
            problems.add(file + ": not UTF-8 text; ignored");
        } catch (IllegalArgumentException e) {
            problems.add(file + ": malformed (" + e.getMessage() + "); ignored");
        } catch (IOException e) {
            if (!Files.exists(file)) {
                return Read.ABSENT;
            }
            problems.add(file + ": cannot be read (" + e.getClass().getSimpleName() + "); ignored");
        }
        return new Read(true, false, Map.of());
    }

    private record Read(boolean exists, boolean readable, Map<String, String> values) {
        static final Read ABSENT = new Read(false, false, Map.of());
    }

    /** What the settings screen changes: values to set, keys to remove. Secrets may be among them. */
    public static final class ConfigEdit {
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Set<String> removed = new LinkedHashSet<>();

        public ConfigEdit set(String key, String value) {
            removed.remove(key);
            values.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        public ConfigEdit remove(String key) {
            values.remove(key);
            removed.add(Objects.requireNonNull(key));
            return this;
        }

        Map<String, String> values() {
            return values;
        }

        Set<String> removed() {
            return removed;
        }

        /** Keys only, never values: an edit may hold a password. */
        @Override
        public String toString() {
            return "ConfigEdit[set=" + values.keySet() + ", removed=" + removed + "]";
        }
    }
}
