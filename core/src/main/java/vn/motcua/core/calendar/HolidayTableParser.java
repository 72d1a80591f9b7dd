package vn.motcua.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the TSV format described on {@link HolidayTable}. One instance per text. */
final class HolidayTableParser {

    static final String COLUMN_HEADER = "date\tkind\tname";
    static final String COVERED_YEAR = "COVERED_YEAR";

    private static final Pattern VERSION_COMMENT = Pattern.compile("#\\s*version\\s*:\\s*(.*?)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String source;
    private final List<CalendarEntry> entries = new ArrayList<>();
    private final Map<LocalDate, Integer> lineOfDate = new HashMap<>();
    private final Map<Integer, Integer> lineOfCoveredYear = new HashMap<>();
    private String version;
    private boolean headerSeen;
    private int lineNumber;

    HolidayTableParser(String source) {
        this.source = source;
    }

    HolidayTable parse(Reader text) {
        try (BufferedReader lines = new BufferedReader(text)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                readLine(lineNumber == 1 ? stripByteOrderMark(line) : line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday table " + source, e);
        }
        if (!headerSeen) {
            throw problem(Math.max(lineNumber, 1), "no column header '" + visibleTabs(COLUMN_HEADER) + "' found");
        }
        return new HolidayTable(version, entries, lineOfCoveredYear.keySet());
    }

    private void readLine(String line) {
        if (line.isBlank()) {
            return;
        }
        if (line.startsWith("#")) {
            readComment(line);
        } else if (!headerSeen) {
            readHeader(line);
        } else {
            readRow(line);
        }
    }

    private void readComment(String line) {
        Matcher matcher = VERSION_COMMENT.matcher(line);
        if (!matcher.matches()) {
            return;
        }
        if (version != null) {
            throw problem("second '# version:' comment; a file has one version");
        }
        if (matcher.group(1).isEmpty()) {
            throw problem("'# version:' comment without a version");
        }
        version = matcher.group(1);
    }

    private void readHeader(String line) {
        if (version == null) {
            throw problem("missing '# version: ...' comment before the column header");
        }
        if (!line.strip().equals(COLUMN_HEADER)) {
            throw problem("expected the column header '" + visibleTabs(COLUMN_HEADER) + "' but found '" + visibleTabs(line) + "'");
        }
        headerSeen = true;
    }

    private void readRow(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw problem("expected 3 tab-separated fields (date, kind, name) but found " + fields.length
                    + " in '" + visibleTabs(line) + "'");
        }
        String kind = fields[1].strip();
        String name = fields[2].strip();
        if (name.isEmpty()) {
            throw problem("the name is empty");
        }
        if (kind.equals(COVERED_YEAR)) {
            readCoveredYear(fields[0].strip());
        } else {
            readEntry(fields[0].strip(), kind, name);
        }
    }

    private void readCoveredYear(String text) {
        if (!YEAR.matcher(text).matches()) {
            throw problem("a COVERED_YEAR row needs a year (yyyy) in the first column, found '" + text + "'");
        }
        int year = Integer.parseInt(text);
        Integer earlier = lineOfCoveredYear.putIfAbsent(year, lineNumber);
        if (earlier != null) {
            throw problem("year " + year + " is already marked COVERED_YEAR on line " + earlier);
        }
    }

    private void readEntry(String dateText, String kindText, String name) {
        LocalDate date = date(dateText);
        DayKind kind = kind(kindText);
        Integer earlier = lineOfDate.putIfAbsent(date, lineNumber);
        if (earlier != null) {
            throw problem("date " + date + " is already listed on line " + earlier);
        }
        entries.add(new CalendarEntry(date, kind, name));
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem("'" + text + "' is not a date (yyyy-MM-dd)");
        }
    }

    private DayKind kind(String text) {
        try {
            return DayKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw problem("unknown kind '" + text + "' (expected HOLIDAY, COMPENSATORY_OFF, MAKEUP_WORKDAY or COVERED_YEAR)");
        }
    }

    private HolidayTableFormatException problem(String message) {
        return problem(lineNumber, message);
    }

    private HolidayTableFormatException problem(int line, String message) {
        return new HolidayTableFormatException(source, line, message);
    }

    private static String stripByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    private static String visibleTabs(String text) {
        return text.replace("\t", "<TAB>");
    }
}
