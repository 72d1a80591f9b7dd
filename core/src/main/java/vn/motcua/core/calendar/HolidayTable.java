package vn.motcua.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The announced working calendar: holidays, compensatory days off and make-up workdays, as data.
 *
 * <p>Compensatory days and swapped days are decided every year by the Ministry of Home Affairs and
 * the Prime Minister, so they cannot be computed; they are kept in versioned TSV files. The format
 * (documented again at the top of {@code holidays-vn.tsv}):
 * <pre>
 * # version: 2026.1                      required once, before the column header
 * date	kind	name                       the column header, tab-separated
 * 2025-04-30	HOLIDAY	Ngày Giải phóng miền Nam
 * 2025-04-26	MAKEUP_WORKDAY	Làm bù cho ngày nghỉ 02/05/2025
 * 2025	COVERED_YEAR	Lịch nghỉ 2025 đầy đủ  a year, not a date
 * </pre>
 * UTF-8; lines starting with {@code #} are comments, blank lines are ignored, a date may appear once
 * per file. Kinds are {@link DayKind} names.
 *
 * <p><b>Coverage.</b> A year is <em>covered</em> only when a {@code COVERED_YEAR} row says so: the
 * table then lists every holiday of that year and the computed {@link HolidayRules} are not used
 * for it. Rows for years that are not covered still apply to their dates, on top of the computed
 * defaults. Coverage is explicit rather than "any row for the year" so that an early announcement
 * (say, only Tết of next year) or an office's single make-up Saturday does not silently erase the
 * other computed holidays of that year.
 */
public final class HolidayTable {

    /** Classpath resource, next to this class, with the bundled Vietnamese public-sector calendar. */
    public static final String BUNDLED_RESOURCE = "holidays-vn.tsv";

    private final String version;
    private final NavigableMap<LocalDate, CalendarEntry> entriesByDate;
    private final SortedSet<Integer> coveredYears;

    /** @throws IllegalArgumentException if two entries share a date */
    public HolidayTable(String version, Collection<CalendarEntry> entries, Collection<Integer> coveredYears) {
        this.version = Objects.requireNonNull(version, "version");
        this.entriesByDate = Collections.unmodifiableNavigableMap(byDate(entries));
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    public static HolidayTable empty() {
        return new HolidayTable("empty", List.of(), List.of());
    }

    /** The table shipped with the application ({@value #BUNDLED_RESOURCE}). */
    public static HolidayTable bundled() {
        return fromResource(BUNDLED_RESOURCE);
    }

    /** Reads a table from a classpath resource relative to this package. */
    public static HolidayTable fromResource(String resourceName) {
        try (InputStream in = HolidayTable.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("holiday table resource not found: " + resourceName);
            }
            return parse(resourceName, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday table " + resourceName, e);
        }
    }

    /**
     * @param source names the text in error messages, e.g. a file name
     * @throws HolidayTableFormatException with the line number of the first problem
     */
    public static HolidayTable parse(String source, Reader text) {
        return new HolidayTableParser(source).parse(text);
    }

    public static HolidayTable parse(String source, String text) {
        return parse(source, new StringReader(text));
    }

    /**
     * Combines tables, e.g. the bundled one and an office's own file. For a date listed in several
     * tables the <em>later</em> table wins; covered years are the union.
     */
    public static HolidayTable merge(HolidayTable... tablesLowestPriorityFirst) {
        NavigableMap<LocalDate, CalendarEntry> merged = new TreeMap<>();
        SortedSet<Integer> covered = new TreeSet<>();
        List<String> versions = new ArrayList<>();
        for (HolidayTable table : tablesLowestPriorityFirst) {
            merged.putAll(table.entriesByDate);
            covered.addAll(table.coveredYears);
            versions.add(table.version);
        }
        return new HolidayTable(String.join(" + ", versions), merged.values(), covered);
    }

    public String version() {
        return version;
    }

    public Optional<CalendarEntry> entryOn(LocalDate date) {
        return Optional.ofNullable(entriesByDate.get(date));
    }

    /** Whether the table is the complete list of holidays for this year (a {@code COVERED_YEAR} row). */
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** All entries in date order. */
    public List<CalendarEntry> entries() {
        return List.copyOf(entriesByDate.values());
    }

    public List<CalendarEntry> entriesIn(int year) {
        return List.copyOf(entriesByDate.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    @Override
    public String toString() {
        return "HolidayTable[" + version + ", " + entriesByDate.size() + " entries, covers " + coveredYears + "]";
    }

    private static NavigableMap<LocalDate, CalendarEntry> byDate(Collection<CalendarEntry> entries) {
        NavigableMap<LocalDate, CalendarEntry> map = new TreeMap<>();
        for (CalendarEntry entry : entries) {
            CalendarEntry previous = map.put(entry.date(), entry);
            if (previous != null) {
                throw new IllegalArgumentException("two entries for " + entry.date() + ": " + previous + " and " + entry);
            }
        }
        return map;
    }
}
