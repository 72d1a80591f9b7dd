package vn.motcua.core.rating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which key of the counter's pads means which level, as data (DOMAIN §7). The default is the three levels most
 * provinces use — 1 Rất hài lòng, 2 Hài lòng, 3 Không hài lòng; a four-key pad puts its extra key in the
 * middle:
 * 1 Rất hài lòng, 2 Hài lòng, 3 Bình thường, 4 Không hài lòng. Any other mapping can be configured
 * ({@link #parse}). Keys are numbered from 1, leftmost first, as printed on the pad.
 *
 * @param keys level per key; each level at most once
 */
public record RatingScale(SortedMap<Integer, RatingLevel> keys) {
    public static final int MAX_KEYS = 9;

    public RatingScale {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("A rating scale maps at least one key");
        }
        Set<RatingLevel> seen = EnumSet.noneOf(RatingLevel.class);
        for (Map.Entry<Integer, RatingLevel> entry : keys.entrySet()) {
            if (entry.getKey() == null || entry.getKey() < 1 || entry.getKey() > MAX_KEYS) {
                throw new IllegalArgumentException("Rating keys are numbered 1.." + MAX_KEYS);
            }
            if (entry.getValue() == null || !seen.add(entry.getValue())) {
                throw new IllegalArgumentException("Each rating level is on one key at most");
            }
        }
        keys = Collections.unmodifiableSortedMap(new TreeMap<>(keys));
    }

    /** 1 Rất hài lòng, 2 Hài lòng, 3 Không hài lòng. */
    public static RatingScale threeLevels() {
        return new RatingScale(new TreeMap<>(Map.of(1, RatingLevel.VERY_SATISFIED, 2, RatingLevel.SATISFIED,
                3, RatingLevel.UNSATISFIED)));
    }

    /** 1 Rất hài lòng, 2 Hài lòng, 3 Bình thường, 4 Không hài lòng. */
    public static RatingScale fourLevels() {
        return new RatingScale(new TreeMap<>(Map.of(1, RatingLevel.VERY_SATISFIED, 2, RatingLevel.SATISFIED,
                3, RatingLevel.NEUTRAL, 4, RatingLevel.UNSATISFIED)));
    }

    /** The usual scale of a pad with that many keys: 3 or 4. */
    public static RatingScale forKeys(int keyCount) {
        return switch (keyCount) {
            case 3 -> threeLevels();
            case 4 -> fourLevels();
            default -> throw new IllegalArgumentException("Rating pads have 3 or 4 keys; map other pads key by key");
        };
    }

    /**
     * Reads {@code 1=VERY_SATISFIED, 2=SATISFIED, 3=UNSATISFIED} (commas or semicolons, any case).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static RatingScale parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The rating scale is empty");
        }
        SortedMap<Integer, RatingLevel> keys = new TreeMap<>();
        for (String part : text.split("[,;]")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Expected key=LEVEL, not '" + part.strip() + "'");
            }
            int key;
            try {
                key = Integer.parseInt(pair[0].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a key number: '" + pair[0].strip() + "'");
            }
            RatingLevel level;
            try {
                level = RatingLevel.valueOf(pair[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown level '" + pair[1].strip() + "' (expected one of "
                        + List.of(RatingLevel.values()) + ")");
            }
            if (keys.put(key, level) != null) {
                throw new IllegalArgumentException("Key " + key + " is mapped twice");
            }
        }
        return new RatingScale(keys);
    }

    public Optional<RatingLevel> level(int key) {
        return Optional.ofNullable(keys.get(key));
    }

    /** The levels in key order: the buttons of the rating screen, left to right. */
    public List<RatingLevel> levels() {
        return new ArrayList<>(keys.values());
    }

    /** The key of a level the scale offers. */
    public int keyOf(RatingLevel level) {
        return keys.entrySet().stream().filter(entry -> entry.getValue() == level).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("The scale has no key for " + level));
    }

    /** As {@link #parse} reads it. */
    public String text() {
        List<String> parts = new ArrayList<>();
        keys.forEach((key, level) -> parts.add(key + "=" + level.name()));
        return String.join(",", parts);
    }
}
