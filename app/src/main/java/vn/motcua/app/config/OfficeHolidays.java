package vn.motcua.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.calendar.HolidayRules;
import vn.motcua.core.calendar.HolidayTable;
import vn.motcua.core.calendar.HolidayTableFormatException;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.calendar.WorkingHours;

/**
 * The office's own holiday table (a year's announcement that arrived after the release, a local make-up Saturday),
 * imported in the settings screen and kept in the data directory as {@value #FILE_NAME}. It is merged over the
 * bundled table: on a date both list, the office's row wins (core {@link HolidayTable#merge}). Same TSV format as
 * the bundled {@code holidays-vn.tsv}.
 */
public final class OfficeHolidays {
    public static final String FILE_NAME = "office-holidays.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(OfficeHolidays.class);

    private OfficeHolidays() {
    }

    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve("calendar").resolve(FILE_NAME);
    }

    /** Reads and checks a table the administrator picked; nothing is stored yet. */
    public static Imported read(Path source) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        return new Imported(HolidayTable.parse(source.getFileName().toString(), text), text);
    }

    /** The office's table as now stored, if any. */
    public static Optional<HolidayTable> stored(Path dataDirectory) throws IOException {
        Path file = file(dataDirectory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(HolidayTable.parse(FILE_NAME, Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** Stores a checked table, crash-safely; it is in force from the next start. */
    public static void install(Path dataDirectory, Imported table) throws IOException {
        AtomicFile.write(file(dataDirectory), table.text().getBytes(StandardCharsets.UTF_8), false);
        LOG.info("Office holiday table {} stored ({} entries)", table.table().version(), table.table().entries().size());
    }

    /**
     * The desk's calendar: the bundled table with the office's merged over it. A stored table that no longer
     * parses is reported and left out, so the desk still starts on the bundled calendar.
     */
    public static WorkCalendar calendar(Path dataDirectory, List<String> problems) {
        HolidayTable table = HolidayTable.bundled();
        try {
            Optional<HolidayTable> office = stored(dataDirectory);
            if (office.isPresent()) {
                table = HolidayTable.merge(table, office.get());
            }
        } catch (IOException | HolidayTableFormatException e) {
            String problem = file(dataDirectory) + ": " + e.getMessage() + "; using the bundled holiday table";
            LOG.warn(problem);
            problems.add(problem);
        }
        return new WorkCalendar(table, HolidayRules.vietnam(), WorkingHours.standard());
    }

    /** A checked table and its exact text, as it will be stored. */
    public record Imported(HolidayTable table, String text) {
    }
}
