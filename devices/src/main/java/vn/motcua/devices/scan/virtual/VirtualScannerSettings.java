package vn.motcua.devices.scan.virtual;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The training-mode scanner. Read from properties under {@value #PREFIX}, for example
 * <pre>
 * scanner.virtual.seed = 20250512     # same seed, same pages
 * scanner.virtual.feederSheets = 3    # sheets in the feeder for every batch (0 = empty feeder)
 * scanner.virtual.blankPage = 2       # this page of each batch comes out blank with dust (0 = none)
 * scanner.virtual.jamAfterPages = 2   # the feeder jams after this many pages (absent = never)
 * </pre>
 * {@code jamAfterPages} is {@value #NEVER} when the feeder never jams.
 */
public record VirtualScannerSettings(long seed, int feederSheets, int blankPage, int jamAfterPages) {

    public static final String PREFIX = "scanner.virtual.";
    public static final int NEVER = -1;
    static final int MAX_SHEETS = 200;
    private static final Set<String> KEYS = Set.of("seed", "feederSheets", "blankPage", "jamAfterPages");

    public VirtualScannerSettings {
        if (feederSheets < 0 || feederSheets > MAX_SHEETS) {
            throw invalid("feederSheets", "must be between 0 and " + MAX_SHEETS + ", not " + feederSheets);
        }
        if (blankPage < 0) {
            throw invalid("blankPage", "must be a page number or 0 for none, not " + blankPage);
        }
        if (jamAfterPages < NEVER) {
            throw invalid("jamAfterPages", "must be 0 or more, not " + jamAfterPages);
        }
    }

    /** Three sheets, no blank page, no jam. */
    public static VirtualScannerSettings withSeed(long seed) {
        return new VirtualScannerSettings(seed, 3, 0, NEVER);
    }

    public VirtualScannerSettings withFeederSheets(int sheets) {
        return new VirtualScannerSettings(seed, sheets, blankPage, jamAfterPages);
    }

    public VirtualScannerSettings withBlankPage(int pageNumber) {
        return new VirtualScannerSettings(seed, feederSheets, pageNumber, jamAfterPages);
    }

    public VirtualScannerSettings withJamAfterPages(int pages) {
        return new VirtualScannerSettings(seed, feederSheets, blankPage, pages);
    }

    /**
     * Reads {@code scanner.virtual.*}; other properties are ignored.
     *
     * @throws IllegalArgumentException naming the key when a value is malformed or unknown
     */
    public static VirtualScannerSettings fromProperties(Map<String, String> properties) {
        Map<String, String> own = properties.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PREFIX))
                .collect(Collectors.toMap(e -> e.getKey().substring(PREFIX.length()), e -> e.getValue().strip()));
        for (String key : own.keySet()) {
            if (!KEYS.contains(key)) {
                throw invalid(key, "unknown setting; known are " + new TreeSet<>(KEYS));
            }
        }
        return new VirtualScannerSettings(number(own, "seed", 1L), (int) number(own, "feederSheets", 3),
                (int) number(own, "blankPage", 0), (int) number(own, "jamAfterPages", NEVER));
    }

    private static long number(Map<String, String> own, String key, long fallback) {
        String value = own.getOrDefault(key, "");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value);
            if (!key.equals("seed") && (parsed > Integer.MAX_VALUE || parsed < Integer.MIN_VALUE)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(key, "'" + value + "' is not a whole number");
        }
    }

    private static IllegalArgumentException invalid(String key, String message) {
        return new IllegalArgumentException(PREFIX + key + ": " + message);
    }
}
