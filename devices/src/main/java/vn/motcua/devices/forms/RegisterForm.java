package vn.motcua.devices.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.core.dossier.RegisterRow;

/**
 * Sổ theo dõi hồ sơ for a period: the same content for the paper register (A4 landscape, from the
 * {@code so-theo-doi} template) and for the spreadsheet export.
 *
 * @param from      first day of the period, inclusive
 * @param to        last day of the period, inclusive
 * @param printedAt when the register was printed, shown at its foot
 */
public record RegisterForm(String agencyName, LocalDate from, LocalDate to, List<RegisterRow> rows,
        LocalDateTime printedAt) implements FormContent {

    public RegisterForm {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(printedAt, "printedAt");
        rows = List.copyOf(rows);
    }

    @Override
    public FormKind kind() {
        return FormKind.REGISTER;
    }

    /** The period, e.g. "01/11/2025 - 30/11/2025": no personal data goes into the PDF's title. */
    @Override
    public String reference() {
        return Formats.date(from) + " - " + Formats.date(to);
    }

    @Override
    public FormValues values() {
        return FormValues.builder()
                .text("agencyName", agencyName)
                .text("fromDate", Formats.date(from))
                .text("toDate", Formats.date(to))
                .text("printedAt", Formats.DATE_TIME.format(printedAt))
                .text("entryCount", rows.size())
                .rows("entries", rows.stream().map(RegisterForm::entry).toList())
                .build();
    }

    private static Map<String, String> entry(RegisterRow row) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(FormFields.ROW_INDEX, String.valueOf(row.number()));
        entry.put("code", row.code().value());
        entry.put("procedureName", row.procedureName());
        entry.put("sets", String.valueOf(row.sets()));
        entry.put("ownerName", row.ownerName());
        entry.put("ownerAddress", row.ownerAddress());
        entry.put("ownerPhone", row.ownerPhone());
        entry.put("receivedAt", Formats.DATE_TIME.format(row.receivedAt()));
        entry.put("dueAt", row.dueAt().map(Formats.DATE_TIME::format).orElse(""));
        entry.put("status", row.status().name());
        entry.put("returnedAt", row.returnedAt().map(Formats.DATE_TIME::format).orElse(""));
        entry.put("handledBy", row.lastActor());
        entry.put("note", row.lastNote());
        return entry;
    }
}
