package vn.motcua.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.app.config.AtomicFile;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.SequenceBlock;

/**
 * The desk's own settings, kept in {@code <data dir>/desk.properties} (UTF-8). A missing file gives the
 * demonstration defaults; a bad value is reported and replaced by its default without touching the file,
 * so the administrator's other settings are never lost.
 *
 * @param agencyCode      mã định danh đơn vị (opaque)
 * @param counterNumber   the number of this counter (quầy), 1..999
 * @param idleLockMinutes minutes without keyboard or mouse input before the screen locks, 1..120
 * @param locale          language of the user interface; Vietnamese by default
 * @param sequenceBlock   the daily dossier numbers this counter may use (disjoint per counter when offline)
 */
public record DeskSettings(AgencyCode agencyCode, String agencyName, int counterNumber, int idleLockMinutes,
        Locale locale, SequenceBlock sequenceBlock) {

    public static final String FILE_NAME = "desk.properties";
    /** Clearly not a real agency: {@code 000.00.00.H00}. */
    public static final AgencyCode DEMO_AGENCY_CODE = new AgencyCode("000.00.00.H00");
    public static final String DEMO_AGENCY_NAME = "UBND Phường Mẫu (đơn vị dùng thử)";
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;

    public static final String KEY_AGENCY_CODE = "desk.agencyCode";
    public static final String KEY_AGENCY_NAME = "desk.agencyName";
    public static final String KEY_COUNTER = "desk.counterNumber";
    public static final String KEY_IDLE_LOCK = "desk.idleLockMinutes";
    public static final String KEY_LOCALE = "desk.locale";
    public static final String KEY_SEQUENCE_BLOCK = "desk.dossierSequenceBlock";

    private static final Logger LOG = LoggerFactory.getLogger(DeskSettings.class);
    private static final Pattern BLOCK = Pattern.compile("\\s*(\\d{1,6})\\s*-\\s*(\\d{1,6})\\s*");

    public DeskSettings {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(sequenceBlock, "sequenceBlock");
        if (agencyName == null || agencyName.isBlank()) {
            throw new IllegalArgumentException("Agency name must not be blank");
        }
        agencyName = agencyName.strip();
        if (counterNumber < 1 || counterNumber > 999) {
            throw new IllegalArgumentException("Counter number must be 1..999");
        }
        if (idleLockMinutes < 1 || idleLockMinutes > 120) {
            throw new IllegalArgumentException("Idle lock must be 1..120 minutes");
        }
    }

    public static DeskSettings defaults() {
        return new DeskSettings(DEMO_AGENCY_CODE, DEMO_AGENCY_NAME, 1, DEFAULT_IDLE_LOCK_MINUTES,
                Locale.forLanguageTag("vi-VN"), SequenceBlock.WHOLE_RANGE);
    }

    /** True while the agency code is still the demonstration one. */
    public boolean isDemo() {
        return agencyCode.equals(DEMO_AGENCY_CODE);
    }

    public Duration idleLockTimeout() {
        return Duration.ofMinutes(idleLockMinutes);
    }

    public DeskSettings withCounterNumber(int number) {
        return new DeskSettings(agencyCode, agencyName, number, idleLockMinutes, locale, sequenceBlock);
    }

    public DeskSettings withLocale(Locale replaced) {
        return new DeskSettings(agencyCode, agencyName, counterNumber, idleLockMinutes, replaced, sequenceBlock);
    }

    /** The file's settings and what was wrong with it (messages for the log and the administrator). */
    public record Loaded(DeskSettings settings, boolean fileExisted, List<String> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** Reads {@code desk.properties} from the directory; defaults for anything missing or unreadable. */
    public static Loaded load(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        DeskSettings defaults = defaults();
        if (!Files.exists(file)) {
            return new Loaded(defaults, false, List.of());
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            String problem = file + ": cannot be read (" + e.getClass().getSimpleName() + "), using defaults";
            LOG.warn(problem);
            return new Loaded(defaults, true, List.of(problem));
        }
        return from(p, file.toString(), true);
    }

    /**
     * The settings in {@code desk.*} properties (the layered config of {@link vn.motcua.app.config.DeskConfig});
     * defaults for anything missing, a problem for anything wrong.
     *
     * @param source names the settings in problem messages, e.g. the file
     */
    public static Loaded from(Properties p, String source, boolean existed) {
        DeskSettings defaults = defaults();
        List<String> problems = new ArrayList<>();
        AgencyCode code = defaults.agencyCode();
        String rawCode = p.getProperty(KEY_AGENCY_CODE);
        if (rawCode != null) {
            try {
                code = new AgencyCode(rawCode);
            } catch (IllegalArgumentException e) {
                problems.add(KEY_AGENCY_CODE + ": " + e.getMessage());
            }
        }
        String name = p.getProperty(KEY_AGENCY_NAME, defaults.agencyName());
        if (name.isBlank()) {
            problems.add(KEY_AGENCY_NAME + ": must not be blank");
            name = defaults.agencyName();
        }
        int counter = intSetting(p, KEY_COUNTER, defaults.counterNumber(), 1, 999, problems);
        int idle = intSetting(p, KEY_IDLE_LOCK, defaults.idleLockMinutes(), 1, 120, problems);
        Locale locale = defaults.locale();
        String rawLocale = p.getProperty(KEY_LOCALE);
        if (rawLocale != null) {
            Locale parsed = Locale.forLanguageTag(rawLocale.strip());
            if (parsed.getLanguage().equals("vi") || parsed.getLanguage().equals("en")) {
                locale = parsed;
            } else {
                problems.add(KEY_LOCALE + ": only vi-VN and en are available");
            }
        }
        SequenceBlock block = defaults.sequenceBlock();
        String rawBlock = p.getProperty(KEY_SEQUENCE_BLOCK);
        if (rawBlock != null) {
            Matcher m = BLOCK.matcher(rawBlock);
            try {
                if (!m.matches()) {
                    throw new IllegalArgumentException("expected first-last, e.g. 1-4999");
                }
                block = new SequenceBlock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (IllegalArgumentException e) {
                problems.add(KEY_SEQUENCE_BLOCK + ": " + e.getMessage());
            }
        }
        problems.forEach(problem -> LOG.warn("{}: {}", source, problem));
        return new Loaded(new DeskSettings(code, name, counter, idle, locale, block), existed, problems);
    }

    private static int intSetting(Properties p, String key, int fallback, int min, int max, List<String> problems) {
        String raw = p.getProperty(key);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + ": must be a whole number from " + min + " to " + max);
        return fallback;
    }

    /**
     * Writes the settings crash-safely: to a temporary file in the same directory, forced to disk, then
     * renamed over {@code desk.properties}. A crash leaves either the old file or the new one.
     */
    public void save(Path directory) {
        try {
            AtomicFile.write(directory.resolve(FILE_NAME), render().getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + FILE_NAME + " in " + directory, e);
        }
    }

    String render() {
        var text = new StringBuilder();
        text.append("# MotCua Desk — cấu hình quầy (UTF-8). Sửa khi ứng dụng đã đóng.\n");
        text.append("# Mã định danh đơn vị (QCVN 102:2016); 000.00.00.H00 là mã dùng thử.\n");
        line(text, KEY_AGENCY_CODE, agencyCode.value());
        text.append("# Tên đơn vị hiển thị trên màn hình và phiếu.\n");
        line(text, KEY_AGENCY_NAME, agencyName);
        text.append("# Số quầy (1-999).\n");
        line(text, KEY_COUNTER, Integer.toString(counterNumber));
        text.append("# Tự khóa màn hình sau bấy nhiêu phút không thao tác (1-120).\n");
        line(text, KEY_IDLE_LOCK, Integer.toString(idleLockMinutes));
        text.append("# Ngôn ngữ giao diện: vi-VN hoặc en.\n");
        line(text, KEY_LOCALE, locale.toLanguageTag());
        text.append("# Dãy số thứ tự hồ sơ trong ngày dành cho quầy này (không trùng giữa các quầy), ví dụ 1-4999.\n");
        line(text, KEY_SEQUENCE_BLOCK, sequenceBlock.first() + "-" + sequenceBlock.last());
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        var escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
                default -> escaped.append(c);
            }
        }
        text.append(key).append('=').append(escaped).append('\n');
    }

    /** Writes the defaults once, so the administrator finds a commented file to edit. */
    public static Loaded loadOrCreate(Path directory) {
        Loaded loaded = load(directory);
        if (!loaded.fileExisted()) {
            try {
                loaded.settings().save(directory);
            } catch (UncheckedIOException e) {
                LOG.warn("Cannot write default settings: {}", e.getMessage());
            }
        }
        return loaded;
    }
}
