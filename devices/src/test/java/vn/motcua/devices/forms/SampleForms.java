package vn.motcua.devices.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.FieldOfWork;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.catalogue.RequiredComponent;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.Channel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.ResultDelivery;

/** A received dossier of a Vietnamese applicant and one of each form for it. */
final class SampleForms {
    static final String CODE = "000.00.12.H62-250710-0004";
    static final String OWNER = "Nguyễn Thị Hồng Nhung";
    static final String CLERK = "Đặng Văn Ước";
    static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 7, 10, 8, 5);
    static final LocalDateTime DUE = LocalDateTime.of(2025, 7, 15, 16, 30);
    static final FormOffice OFFICE = new FormOffice("UBND PHƯỜNG BA ĐÌNH", "Hà Nội");

    private SampleForms() {
    }

    static Procedure procedure(List<RequiredComponent> components) {
        return new Procedure(new ProcedureCode("1.001234"), "Cấp bản sao trích lục hộ tịch",
                new FieldOfWork("HT", "Hộ tịch"), ProcessingTime.workingDays(3), components,
                List.of(new Fee("Lệ phí cấp bản sao trích lục", 8_000)), List.of(), true);
    }

    static List<RequiredComponent> required() {
        return List.of(
                new RequiredComponent("000.00.00.G09-KQ000001", "Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)",
                        DocumentForm.ORIGINAL, 1, true),
                new RequiredComponent("000.00.00.G09-KQ000002", "Thẻ Căn cước công dân của người yêu cầu",
                        DocumentForm.PHOTOCOPY, 1, true),
                new RequiredComponent("000.00.00.G09-KQ000003",
                        "Văn bản ủy quyền có chứng thực, trong trường hợp ủy quyền cho người khác yêu cầu cấp "
                                + "bản sao trích lục hộ tịch thay cho mình",
                        DocumentForm.CERTIFIED_COPY, 2, false));
    }

    static Dossier dossier() {
        return dossier(required().stream().map(SampleForms::component).toList(), DossierStatus.RECEIVED);
    }

    static Dossier dossier(List<DossierComponent> components, DossierStatus status) {
        DossierOwner owner = new DossierOwner(OwnerType.CITIZEN, OWNER, "001185012345",
                "Số 12, ngõ 34 phố Đội Cấn, phường Ba Đình, Hà Nội", "0912 345 678", "nhung.nth@example.vn");
        return Dossier.open(new DossierCode(new AgencyCode("000.00.12.H62"), LocalDate.of(2025, 7, 10), 4),
                new ProcedureCode("1.001234"), "Cấp bản sao trích lục hộ tịch", owner, components,
                List.of(new Fee("Lệ phí cấp bản sao trích lục", 8_000), new Fee("Phí dịch vụ bưu chính", 25_000)),
                1, Channel.COUNTER, ResultDelivery.AT_COUNTER, RECEIVED,
                status == DossierStatus.RECEIVED ? Optional.of(DUE) : Optional.empty(), "ucdv", status);
    }

    static DossierComponent component(RequiredComponent r) {
        return new DossierComponent(r.code(), r.name(), r.form(), r.quantity(), false, false, false, List.of());
    }

    /** {@code count} components with long names, to run over the page. */
    static List<DossierComponent> manyComponents(int count) {
        List<DossierComponent> components = new ArrayList<>();
        IntStream.rangeClosed(1, count).forEach(i -> components.add(new DossierComponent("C" + i,
                "Giấy tờ chứng minh số " + i + " về quan hệ nhân thân, nơi cư trú và các thông tin liên quan "
                        + "khác của người được cấp bản sao",
                DocumentForm.values()[i % 3], 1 + i % 2, false, false, false, List.of())));
        return components;
    }

    static ReceiptForm receipt() {
        return ReceiptForm.of(dossier(), procedure(required()), OFFICE, new RegisterEntry("03/2025", 125))
                .signedBy(CLERK);
    }

    static SupplementRequestForm supplementRequest() {
        Dossier dossier = dossier(List.of(component(required().getFirst())), DossierStatus.NEW_REGISTERED)
                .moveTo(DossierStatus.SUPPLEMENT_REQUESTED, RECEIVED.plusMinutes(10), "ucdv",
                        "Thiếu bản chụp Căn cước công dân; văn bản ủy quyền chưa được chứng thực.");
        return SupplementRequestForm.of(dossier, OFFICE, required().subList(1, 3),
                new Guide(CLERK, "024 3823 4567"));
    }

    static RefusalForm refusal() {
        Dossier dossier = dossier(List.of(), DossierStatus.NEW_REGISTERED)
                .moveTo(DossierStatus.NOT_RECEIVED, RECEIVED.plusMinutes(7), "ucdv",
                        "Yêu cầu không thuộc thẩm quyền giải quyết của Ủy ban nhân dân phường; đề nghị ông/bà liên "
                                + "hệ Sở Tư pháp thành phố Hà Nội.");
        return RefusalForm.of(dossier, OFFICE).signedBy(CLERK);
    }

    static ApologyForm apology() {
        return ApologyForm.of(dossier(), OFFICE, "Cần xác minh thêm thông tin tại nơi đăng ký hộ tịch trước đây.",
                LocalDateTime.of(2025, 7, 22, 10, 0), LocalDate.of(2025, 7, 15)).signedBy("Lê Thị Ánh Tuyết");
    }

    static StopNotice stopNotice() {
        Dossier dossier = dossier().moveTo(DossierStatus.STOPPED, LocalDateTime.of(2025, 7, 14, 9, 45), "ucdv",
                "Người yêu cầu đề nghị dừng giải quyết hồ sơ bằng văn bản.");
        return StopNotice.of(dossier, OFFICE).signedBy("Lê Thị Ánh Tuyết");
    }

    static ProcessControlSheet controlSheet() {
        return ProcessControlSheet.of(dossier(), OFFICE, "Phòng Tư pháp - UBND phường Ba Đình", List.of(
                new HandOff("Bộ phận Tiếp nhận và Trả kết quả", "Công chức Tư pháp - Hộ tịch",
                        LocalDateTime.of(2025, 7, 10, 14, 0), CLERK, "Trần Quốc Bảo", ""),
                new HandOff("Công chức Tư pháp - Hộ tịch", "Lãnh đạo UBND phường",
                        LocalDateTime.of(2025, 7, 14, 9, 30), "Trần Quốc Bảo", "Phạm Minh Đức", "Trình ký"),
                new HandOff("Lãnh đạo UBND phường", "Bộ phận Tiếp nhận và Trả kết quả",
                        LocalDateTime.of(2025, 7, 14, 15, 0), "Phạm Minh Đức", CLERK, "")),
                Optional.of(LocalDateTime.of(2025, 7, 14, 15, 0)));
    }

    static List<FormContent> all() {
        return List.of(receipt(), supplementRequest(), refusal(), apology(), stopNotice(), controlSheet());
    }
}
