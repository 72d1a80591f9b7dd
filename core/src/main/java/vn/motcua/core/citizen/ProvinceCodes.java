package vn.motcua.core.citizen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The province codes of birth registration that open a 12-digit personal ID number (63 pre-2025
 * provinces; the 2025 merger did not change issued numbers). The list is data, read from the
 * versioned resource {@value #RESOURCE} next to this class, so it can be replaced without code changes.
 *
 * <p>Format: UTF-8, tab-separated {@code code<TAB>name}; lines starting with {@code #} are comments,
 * {@code # version: ...} gives the table's version; an optional header line starts with {@code code}.
 */
public final class ProvinceCodes {

    static final String RESOURCE = "province-codes.tsv";

    private static final Pattern VERSION_COMMENT = Pattern.compile("#\\s*version\\s*:\\s*(\\S+).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW = Pattern.compile("(\\d{3})\\t+(\\S.*?)\\s*");
    private static final String HEADER_START = "code\t";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Optional<String> version;
    private final Map<String, String> namesByCode;

    private ProvinceCodes(Optional<String> version, Map<String, String> namesByCode) {
        this.version = version;
        this.namesByCode = Collections.unmodifiableMap(namesByCode);
    }

    /** The table shipped with the application, read once. */
    public static ProvinceCodes bundled() {
        return Bundled.TABLE;
    }

    /**
     * Reads a table in the resource format.
     *
     * @throws IllegalArgumentException if a line is malformed or a code repeats: a broken data file
     *                                  is a packaging error, not user input
     */
    public static ProvinceCodes parse(List<String> lines) {
        Optional<String> version = Optional.empty();
        Map<String, String> namesByCode = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = withoutByteOrderMark(lines.get(i));
            if (line.startsWith("#")) {
                version = version.or(() -> versionIn(line));
            } else if (!line.isBlank() && !line.startsWith(HEADER_START)) {
                addRow(namesByCode, line, i + 1);
            }
        }
        return new ProvinceCodes(version, namesByCode);
    }

    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(namesByCode.get(code));
    }

    public boolean isKnown(String code) {
        return namesByCode.containsKey(code);
    }

    /** Code → name, in file order. */
    public Map<String, String> asMap() {
        return namesByCode;
    }

    /** The {@code # version:} of the table, if it declares one. */
    public Optional<String> version() {
        return version;
    }

    private static void addRow(Map<String, String> namesByCode, String line, int lineNumber) {
        Matcher row = ROW.matcher(line);
        if (!row.matches()) {
            throw new IllegalArgumentException("Province codes line " + lineNumber + ": expected 3-digit code, tab, name");
        }
        String name = Normalizer.normalize(row.group(2), Normalizer.Form.NFC);
        if (namesByCode.putIfAbsent(row.group(1), name) != null) {
            throw new IllegalArgumentException("Province codes line " + lineNumber + ": code " + row.group(1) + " repeats");
        }
    }

    private static Optional<String> versionIn(String comment) {
        Matcher version = VERSION_COMMENT.matcher(comment);
        return version.matches() ? Optional.of(version.group(1)) : Optional.empty();
    }

    private static String withoutByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    private static ProvinceCodes load() {
        try (InputStream in = Objects.requireNonNull(ProvinceCodes.class.getResourceAsStream(RESOURCE),
                () -> "Missing classpath resource " + RESOURCE + " next to " + ProvinceCodes.class.getName());
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static final class Bundled {
        static final ProvinceCodes TABLE = load();
    }
}
