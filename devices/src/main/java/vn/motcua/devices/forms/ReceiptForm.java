package vn.motcua.devices.forms;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.dossier.Dossier;

/**
 * Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả, for a received dossier. Dated the day it was received.
 *
 * @param registerEntry empty leaves the register book and entry for the clerk to write in
 * @param clerkName     printed under NGƯỜI TIẾP NHẬN HỒ SƠ; empty leaves room to write it by hand
 */
public record ReceiptForm(FormOffice office, Dossier dossier, ProcessingTime processingTime,
        Optional<RegisterEntry> registerEntry, String clerkName) implements FormContent {

    public ReceiptForm {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(processingTime, "processingTime");
        Objects.requireNonNull(registerEntry, "registerEntry");
        clerkName = clerkName == null ? "" : clerkName;
    }

    public static ReceiptForm of(Dossier dossier, Procedure procedure, FormOffice office, RegisterEntry entry) {
        return new ReceiptForm(office, dossier, procedure.processingTime(), Optional.of(entry), "");
    }

    public static ReceiptForm of(Dossier dossier, Procedure procedure, FormOffice office) {
        return new ReceiptForm(office, dossier, procedure.processingTime(), Optional.empty(), "");
    }

    public ReceiptForm signedBy(String clerk) {
        return new ReceiptForm(office, dossier, processingTime, registerEntry, clerk);
    }

    @Override
    public FormKind kind() {
        return FormKind.RECEIPT;
    }

    @Override
    public String reference() {
        return dossier.code().value();
    }

    @Override
    public FormValues values() {
        return CommonValues.of(office, dossier, dossier.receivedAt().toLocalDate())
                .text("sets", dossier.sets())
                .text("processingAmount", processingTime.amount())
                .choice("processingUnit", processingTime.unit())
                .choice("delivery", dossier.delivery())
                .text("registerBook", registerEntry.map(RegisterEntry::book).orElse(""))
                .text("registerNumber", registerEntry.map(e -> String.valueOf(e.entry())).orElse(""))
                .text("feesTotal", Formats.vnd(dossier.fees().stream().mapToLong(Fee::amountVnd).sum()))
                .text("clerkName", clerkName)
                .rows("components", dossier.components().stream()
                        .map(c -> Map.of("name", c.name(), "form", c.form().name(),
                                "quantity", String.valueOf(c.quantity())))
                        .toList())
                .rows("fees", dossier.fees().stream()
                        .map(f -> Map.of("name", f.name(), "amount", Formats.vnd(f.amountVnd())))
                        .toList())
                .build();
    }
}
