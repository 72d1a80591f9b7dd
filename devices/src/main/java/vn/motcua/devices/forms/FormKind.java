package vn.motcua.devices.forms;

import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.ResultDelivery;

/**
 * The paper forms of the one-stop counter (Circular 03/2025 set, DOMAIN §4): the template each reads and the
 * values its template may print.
 */
public enum FormKind {
    /** Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    RECEIPT("mau-01", common()
            .text("sets", "processingAmount", "registerBook", "registerNumber", "feesTotal", "clerkName")
            .choice("processingUnit", ProcessingTime.Unit.class)
            .choice("delivery", ResultDelivery.class)
            .list("components", components())
            .list("fees", FormFields.builder().text("name", "amount"))),
    /** Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    SUPPLEMENT_REQUEST("mau-02", common()
            .text("reason", "guideName", "guidePhone")
            .list("missing", components())),
    /** Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    REFUSAL("mau-03", common().text("reason", "clerkName")),
    /** Mẫu 04 Văn bản xin lỗi và đề nghị gia hạn (hẹn lại ngày trả kết quả). */
    APOLOGY("mau-04", common()
            .text("reason", "newDueAt", "newDueDate", "newDueHour", "newDueMinute", "signerName")),
    /** Thông báo dừng giải quyết hồ sơ (new in Circular 03/2025; maps to status 8). */
    STOP_NOTICE("thong-bao-dung-giai-quyet", common().text("reason", "stoppedAt", "stoppedDate", "stoppedHour", "stoppedMinute", "signerName")),
    /** Phiếu kiểm soát quá trình giải quyết hồ sơ. */
    PROCESS_CONTROL("phieu-kiem-soat", common()
            .text("handlingAgency", "finishedAt")
            .choice("result", Timeliness.class)
            .list("handOffs", FormFields.builder().text("from", "to", "at", "giver", "receiver", "note"))),
    /** Sổ theo dõi hồ sơ: the register of dossiers received in a period, one line per dossier. */
    REGISTER("so-theo-doi", FormFields.builder()
            .text("agencyName", "fromDate", "toDate", "printedAt", "entryCount")
            .list("entries", FormFields.builder()
                    .text("code", "procedureName", "sets", "ownerName", "ownerAddress", "ownerPhone", "receivedAt",
                            "dueAt", "returnedAt", "handledBy", "note")
                    .choice("status", DossierStatus.class)));

    private final String templateName;
    private final FormFields fields;

    FormKind(String templateName, FormFields.Builder fields) {
        this.templateName = templateName;
        this.fields = fields.build();
    }

    /** The template's file name without {@code .json}, inside a version folder. */
    public String templateName() {
        return templateName;
    }

    public FormFields fields() {
        return fields;
    }

    /** Letterhead, applicant, procedure and the dossier's times: every form may print these. */
    private static FormFields.Builder common() {
        return FormFields.builder()
                .text("agencyName", "place", "day", "month", "year")
                .text("dossierCode", "procedureName")
                .text("ownerName", "ownerAddress", "ownerPhone", "ownerEmail")
                .text("receivedAt", "receivedDate", "receivedHour", "receivedMinute")
                .text("dueAt", "dueDate", "dueHour", "dueMinute");
    }

    private static FormFields.Builder components() {
        return FormFields.builder().text("name", "quantity").choice("form", DocumentForm.class);
    }
}
