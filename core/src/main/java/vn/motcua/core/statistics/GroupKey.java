package vn.motcua.core.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** One group of one breakdown: {@code (SERVICE, "DEMO.A")}, {@code (HOUR, "08")}, {@code (TOTAL, "")}. */
public record GroupKey(Breakdown breakdown, String value) implements Comparable<GroupKey> {
    public static final GroupKey TOTAL = new GroupKey(Breakdown.TOTAL, "");

    public GroupKey {
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(value, "value");
    }

    public static GroupKey service(String service) {
        return new GroupKey(Breakdown.SERVICE, service);
    }

    public static GroupKey counter(int counter) {
        return new GroupKey(Breakdown.COUNTER, Integer.toString(counter));
    }

    public static GroupKey clerk(String clerk) {
        return new GroupKey(Breakdown.CLERK, clerk);
    }

    public static GroupKey hour(LocalDateTime at) {
        return new GroupKey(Breakdown.HOUR, String.format("%02d", at.getHour()));
    }

    public static GroupKey slot(LocalDateTime at) {
        return new GroupKey(Breakdown.SLOT, String.format("%02d:%02d", at.getHour(), at.getMinute() < 30 ? 0 : 30));
    }

    public static GroupKey day(LocalDate day) {
        return new GroupKey(Breakdown.DAY, day.toString());
    }

    /** Counters sort by number, everything else by text (hours, slots and days are fixed width). */
    @Override
    public int compareTo(GroupKey other) {
        int byBreakdown = breakdown.compareTo(other.breakdown);
        if (byBreakdown != 0) {
            return byBreakdown;
        }
        if (breakdown == Breakdown.COUNTER) {
            int byLength = Integer.compare(value.length(), other.value.length());
            if (byLength != 0) {
                return byLength;
            }
        }
        return value.compareTo(other.value);
    }
}
