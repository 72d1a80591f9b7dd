package vn.motcua.devices.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.RegisterRow;
import vn.motcua.devices.forms.RegisterForm;

/** Register pages with made-up Vietnamese applicants (no real personal data). */
final class RegisterSamples {
    static final String AGENCY = "UBND PHƯỜNG BA ĐÌNH";
    static final LocalDate FROM = LocalDate.of(2025, 11, 1);
    static final LocalDate TO = LocalDate.of(2025, 11, 30);
    static final LocalDateTime PRINTED = LocalDateTime.of(2025, 12, 1, 9, 30);
    static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 11, 5, 8, 15);
    static final LocalDateTime RETURNED = LocalDateTime.of(2025, 11, 7, 15, 45);
    static final String OWNER = "Nguyễn Thị Hồng Nhung";
    static final String PROCEDURE = "Cấp bản sao trích lục hộ tịch";

    private RegisterSamples() {
    }

    static DossierCode code(int sequence) {
        return new DossierCode(new AgencyCode("000.00.12.H62"), RECEIVED.toLocalDate(), sequence);
    }

    static RegisterForm threeLines() {
        return new RegisterForm(AGENCY, FROM, TO, List.of(
                new RegisterRow(1, code(4), PROCEDURE, 1, OWNER, "12 Lê Lợi, phường Bến Thành", "0901234567",
                        RECEIVED, Optional.of(RECEIVED.plusDays(2).withHour(16)), DossierStatus.RESULT_RETURNED,
                        Optional.of(RETURNED), "canbo.c", "Trả tại quầy số 2"),
                new RegisterRow(2, code(5), "Đăng ký khai sinh", 2, "Đặng Quốc Đạt", "Số 5 ngõ 12 Đội Cấn",
                        "0987654321", RECEIVED.plusHours(1), Optional.empty(), DossierStatus.SUPPLEMENT_REQUESTED,
                        Optional.empty(), "canbo.a", "Thiếu tờ khai"),
                new RegisterRow(3, code(6), PROCEDURE, 1, "Lê Văn Ước", "", "", RECEIVED.plusHours(2),
                        Optional.of(RECEIVED.plusDays(3)), DossierStatus.RECEIVED, Optional.empty(), "canbo.a", "")),
                PRINTED);
    }

    static RegisterForm lines(int count) {
        List<RegisterRow> rows = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new RegisterRow(i, code(i), PROCEDURE, 1, OWNER + " " + i, "Phường Ba Đình",
                        "0901234567", RECEIVED.plusMinutes(i), Optional.of(RECEIVED.plusDays(3)),
                        DossierStatus.PROCESSING, Optional.empty(), "canbo.a", ""))
                .toList();
        return new RegisterForm(AGENCY, FROM, TO, rows, PRINTED);
    }
}
