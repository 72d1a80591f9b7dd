package vn.motcua.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.statistics.ScorecardDefinition;
import vn.motcua.core.statistics.StatisticsTargets;
import vn.motcua.store.statistics.Scorecards;

/**
 * What "good" means for this office and which Decision 766 scorecard to use, from {@code desk.properties}
 * ({@code statistics.*}, all optional; defaults are the seeds' 2025 targets and the bundled scorecard):
 * <pre>
 * statistics.waitTargetsMinutes=10,15          the "% called within" columns
 * statistics.averageWaitTargetMinutes=10       the staffing model's mean-wait target
 * statistics.serviceLevel=0.8                  … and share called within serviceLevelWaitMinutes (0: none)
 * statistics.serviceLevelWaitMinutes=15
 * statistics.satisfactionTarget=0.95
 * statistics.intakeNorms=PROVINCE:1600,DISTRICT:1200,COMMUNE:800
 * statistics.countFlaggedRatings=false         count keypad presses flagged as suspect (not advised)
 * statistics.scorecardFile=/etc/motcua/scorecard-766.properties   a replacement scorecard definition
 * </pre>
 * A wrong value is reported as a problem naming the key, and its default is used; nothing else is lost.
 */
public record StatisticsSettings(StatisticsTargets targets, ScorecardDefinition scorecard, List<String> problems) {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsSettings.class);
    static final String PREFIX = "statistics.";

    public StatisticsSettings {
        problems = List.copyOf(problems);
    }

    public static StatisticsSettings defaults() {
        return new StatisticsSettings(StatisticsTargets.defaults(), Scorecards.bundled(), List.of());
    }

    public static StatisticsSettings load(Path directory) {
        Path file = directory.resolve(DeskSettings.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return defaults(); // DeviceSettings reports an unreadable file
        }
        return from(properties, file.toString());
    }

    static StatisticsSettings from(Properties properties, String source) {
        StatisticsTargets d = StatisticsTargets.defaults();
        List<String> problems = new ArrayList<>();
        Parser p = new Parser(properties, source, problems);
        List<Duration> waits = p.value("waitTargetsMinutes", d.waitTargets(), text -> Arrays.stream(text.split(","))
                .map(String::strip).map(m -> minutes(m)).toList());
        Duration average = p.value("averageWaitTargetMinutes", d.averageWaitTarget(), StatisticsSettings::minutes);
        double level = p.value("serviceLevel", d.serviceLevelShare(), StatisticsSettings::share);
        Duration levelWait = p.value("serviceLevelWaitMinutes", d.serviceLevelWait(), StatisticsSettings::minutes);
        double satisfaction = p.value("satisfactionTarget", d.satisfactionTarget(), StatisticsSettings::share);
        Map<String, Integer> norms = p.value("intakeNorms", d.intakeNorms(), StatisticsSettings::norms);
        boolean flagged = p.value("countFlaggedRatings", d.countFlaggedRatings(), StatisticsSettings::bool);
        StatisticsTargets targets;
        try {
            targets = new StatisticsTargets(waits, average, level, levelWait, satisfaction, norms, flagged);
        } catch (IllegalArgumentException e) {
            problems.add(source + ": statistics targets: " + e.getMessage() + "; using the defaults");
            targets = d;
        }
        ScorecardDefinition scorecard = Scorecards.bundled();
        String replacement = properties.getProperty(PREFIX + "scorecardFile", "").strip();
        if (!replacement.isEmpty()) {
            try {
                scorecard = Scorecards.fromFile(Path.of(replacement));
            } catch (IOException | RuntimeException e) {
                problems.add(source + ": " + PREFIX + "scorecardFile " + replacement + " cannot be used ("
                        + e.getMessage() + "); using the bundled scorecard");
            }
        }
        problems.forEach(problem -> LOG.warn("{}", problem));
        return new StatisticsSettings(targets, scorecard, problems);
    }

    private static Duration minutes(String text) {
        long minutes = Long.parseLong(text.strip());
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes must be positive");
        }
        return Duration.ofMinutes(minutes);
    }

    private static double share(String text) {
        double value = Double.parseDouble(text.strip());
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a share from 0 to 1");
        }
        return value;
    }

    private static boolean bool(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("true or false");
        };
    }

    private static Map<String, Integer> norms(String text) {
        Map<String, Integer> norms = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("LEVEL:dossiers pairs separated by commas");
            }
            int value = Integer.parseInt(parts[1].strip());
            if (value <= 0) {
                throw new IllegalArgumentException("norms must be positive");
            }
            norms.put(parts[0].strip().toUpperCase(java.util.Locale.ROOT), value);
        }
        return norms;
    }

    private record Parser(Properties properties, String source, List<String> problems) {
        <T> T value(String key, T fallback, java.util.function.Function<String, T> parse) {
            String raw = properties.getProperty(PREFIX + key);
            if (raw == null || raw.isBlank()) {
                return fallback;
            }
            try {
                return parse.apply(raw);
            } catch (RuntimeException e) {
                problems.add(source + ": " + PREFIX + key + "=" + raw.strip() + " is not valid (" + e.getMessage()
                        + "); using the default");
                return fallback;
            }
        }
    }
}
