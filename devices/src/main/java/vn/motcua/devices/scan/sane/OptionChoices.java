package vn.motcua.devices.scan.sane;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.ScanSettings.Source;

/**
 * Picks what to ask a SANE backend for from what it offers. Backends name sources and modes freely
 * ("ADF Front", "Automatic Document Feeder(left aligned)", "Lineart", "Black &amp; White"…), so they are
 * matched by words, in the backend's own order.
 */
final class OptionChoices {
    private OptionChoices() {
    }

    static Optional<String> source(List<String> offered, Source wanted) {
        return switch (wanted) {
            case FLATBED -> first(offered, s -> has(s, "flatbed"));
            case FEEDER -> first(offered, s -> isFeeder(s) && !has(s, "duplex") && !has(s, "back"));
            case FEEDER_DUPLEX -> first(offered, s -> has(s, "duplex"));
        };
    }

    /**
     * The mode string for {@code wanted}. Grey and black-and-white fall back to what the scanner has (grey,
     * else colour) and the page is converted after the scan; colour has no fallback.
     */
    static Optional<String> mode(List<String> offered, ColorMode wanted) {
        Optional<String> colour = first(offered, s -> has(s, "color") || has(s, "colour"));
        Optional<String> grey = first(offered, s -> has(s, "gray") || has(s, "grey"));
        return switch (wanted) {
            case COLOR -> colour;
            case GRAY -> grey.or(() -> colour);
            case BLACK_WHITE -> first(offered, OptionChoices::isBlackWhite).or(() -> grey).or(() -> colour);
        };
    }

    static boolean isBlackWhite(String mode) {
        return has(mode, "lineart") || has(mode, "binary") || has(mode, "black & white")
                || has(mode, "black and white");
    }

    /** {@code wanted} clamped to [min, max] and snapped to the nearest step of {@code quant} above min. */
    static double snapToRange(double wanted, double min, double max, double quant) {
        double clamped = Math.min(max, Math.max(min, wanted));
        if (quant <= 0) {
            return clamped;
        }
        double snapped = min + Math.round((clamped - min) / quant) * quant;
        return snapped > max ? snapped - quant : snapped;
    }

    /** The listed value nearest to {@code wanted}; the higher one on a tie (more detail, never less). */
    static double nearest(double wanted, List<Double> listed) {
        if (listed.isEmpty()) {
            throw new IllegalArgumentException("an empty value list");
        }
        return listed.stream()
                .min(Comparator.<Double>comparingDouble(v -> Math.abs(v - wanted)).thenComparing(v -> -v))
                .orElseThrow();
    }

    private static boolean isFeeder(String source) {
        return has(source, "adf") || has(source, "feeder") || has(source, "document");
    }

    private static boolean has(String offered, String word) {
        return offered.toLowerCase(Locale.ROOT).contains(word);
    }

    private static Optional<String> first(List<String> offered, Predicate<String> test) {
        return offered.stream().filter(test).findFirst();
    }
}
