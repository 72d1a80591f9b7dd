package vn.motcua.store.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.core.dossier.DossierStatus;

/**
 * The province's TrangThaiHoSo codes ↔ the national ones, from a tab-separated table (national, target, meaning).
 * Data, not code: a province numbering differently gets its own file.
 */
public final class StatusCodeTable {
    private static final String RESOURCE_FOLDER = "/vn/motcua/store/sync/";
    private final Map<DossierStatus, Integer> toTarget;
    private final Map<Integer, DossierStatus> toNational;

    private StatusCodeTable(Map<DossierStatus, Integer> toTarget, Map<Integer, DossierStatus> toNational) {
        this.toTarget = Map.copyOf(toTarget);
        this.toNational = Map.copyOf(toNational);
    }

    /** A table bundled under {@code vn/motcua/store/sync/}, e.g. {@code status-codes.tsv}. */
    public static StatusCodeTable bundled(String name) {
        if (name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("A bundled status table is named without folders: " + name);
        }
        try (InputStream in = StatusCodeTable.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No status code table named " + name + " is bundled");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the status code table " + name + ": " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming the line of any malformed, duplicate or missing row */
    public static StatusCodeTable read(Reader text, String source) throws IOException {
        Map<DossierStatus, Integer> toTarget = new EnumMap<>(DossierStatus.class);
        Map<Integer, DossierStatus> toNational = new HashMap<>();
        BufferedReader lines = new BufferedReader(text);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String where = source + " line " + number;
            DossierStatus national = national(cells, where);
            int target = integer(cells.length > 1 ? cells[1] : "", where);
            if (toTarget.put(national, target) != null || toNational.put(target, national) != null) {
                throw new IllegalArgumentException(where + ": a code appears twice");
            }
        }
        for (DossierStatus status : DossierStatus.values()) {
            if (!toTarget.containsKey(status)) {
                throw new IllegalArgumentException(source + ": no row for national code " + status.nationalCode());
            }
        }
        return new StatusCodeTable(toTarget, toNational);
    }

    public int toTarget(DossierStatus status) {
        return toTarget.get(status);
    }

    /** Empty for a code the table does not know. */
    public Optional<DossierStatus> toNational(int target) {
        return Optional.ofNullable(toNational.get(target));
    }

    private static DossierStatus national(String[] cells, String where) {
        int code = integer(cells[0], where);
        return DossierStatus.ofNationalCode(code)
                .orElseThrow(() -> new IllegalArgumentException(where + ": " + code + " is not a national status code"));
    }

    private static int integer(String cell, String where) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": expected a whole number, found '" + cell + "'");
        }
    }
}
