package vn.motcua.core.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The Decision 766 scorecard as data: its version, and per indicator the group, the points, what the desk can
 * measure for it and at what value it earns full points. Weights were revised over time and some of this
 * reading is unverified (each indicator says so), so it lives in a replaceable properties file, never in code.
 *
 * <p>File format ({@code java.util.Properties}, UTF-8):
 * <pre>
 * version=…            total=100            indicators=id1,id2,…
 * indicator.ID.group=PROGRESS               indicator.ID.points=20
 * indicator.ID.measure=ON_TIME_SHARE | … | NOT_COMPUTABLE
 * indicator.ID.fullAt=0.8                   (optional, default 1: full points at this value)
 * indicator.ID.verified=false               (optional, default false)
 * indicator.ID.name.vi=…  indicator.ID.name.en=…
 * indicator.ID.reason.vi=…  indicator.ID.reason.en=…   (why the desk cannot compute it)
 * </pre>
 * The points of all indicators must add up to {@code total}.
 */
public record ScorecardDefinition(String version, double total, List<Indicator> indicators) {

    /** What the desk measures for an indicator; full points at {@code fullAt} and above, linear below. */
    public enum Measure {
        /** Dossiers ended on time over dossiers ended (DOMAIN §8 rule). */
        ON_TIME_SHARE,
        /** R = 1 − (late share + complained share), complaints being counted UNSATISFIED ratings. */
        INTAKE_SATISFACTION_R,
        /** Satisfied ratings over counted ratings. */
        SATISFIED_SHARE,
        /** Components digitised over components received. */
        DIGITISED_SHARE,
        /** Components reused from an earlier digitised copy over components received. */
        REUSED_SHARE,
        /** Components taken from the citizen's national data store over components received. */
        NATIONAL_STORE_SHARE,
        /** The desk does not hold the data this indicator needs. */
        NOT_COMPUTABLE
    }

    public record Indicator(String id, String group, double points, Measure measure, double fullAt, boolean verified,
            Map<String, String> names, Map<String, String> reasons) {
        public Indicator {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(measure, "measure");
            names = Map.copyOf(names);
            reasons = Map.copyOf(reasons);
            if (!(points > 0) || !(fullAt > 0) || fullAt > 1) {
                throw new IllegalArgumentException("Indicator " + id + ": points > 0 and 0 < fullAt <= 1");
            }
        }

        /** The name in the language, Vietnamese when that language has none. */
        public String name(Locale locale) {
            return names.getOrDefault(locale.getLanguage(), names.getOrDefault("vi", id));
        }

        public String reason(Locale locale) {
            return reasons.getOrDefault(locale.getLanguage(), reasons.getOrDefault("vi", ""));
        }
    }

    public ScorecardDefinition {
        Objects.requireNonNull(version, "version");
        indicators = List.copyOf(indicators);
        double sum = indicators.stream().mapToDouble(Indicator::points).sum();
        if (Math.abs(sum - total) > 1e-9) {
            throw new IllegalArgumentException("Scorecard " + version + ": indicators add up to " + sum
                    + " points, not " + total);
        }
    }

    /**
     * @throws IllegalArgumentException naming the key that is missing or wrong
     */
    public static ScorecardDefinition parse(Properties properties) {
        String version = required(properties, "version");
        double total = number(properties, "total");
        List<Indicator> indicators = new ArrayList<>();
        for (String id : Arrays.stream(required(properties, "indicators").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()) {
            String prefix = "indicator." + id + ".";
            Measure measure;
            try {
                measure = Measure.valueOf(required(properties, prefix + "measure"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown measure in " + prefix + "measure: "
                        + properties.getProperty(prefix + "measure"), e);
            }
            String fullAt = properties.getProperty(prefix + "fullAt", "1");
            indicators.add(new Indicator(id, required(properties, prefix + "group"), number(properties, prefix + "points"),
                    measure, parse(prefix + "fullAt", fullAt),
                    Boolean.parseBoolean(properties.getProperty(prefix + "verified", "false")),
                    languages(properties, prefix + "name."), languages(properties, prefix + "reason.")));
        }
        return new ScorecardDefinition(version, total, indicators);
    }

    private static Map<String, String> languages(Properties properties, String prefix) {
        var texts = new java.util.HashMap<String, String>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                texts.put(name.substring(prefix.length()), properties.getProperty(name).strip());
            }
        }
        return texts;
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Scorecard definition lacks " + key);
        }
        return value.strip();
    }

    private static double number(Properties properties, String key) {
        return parse(key, required(properties, key));
    }

    private static double parse(String key, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number in " + key + ": " + value, e);
        }
    }
}
