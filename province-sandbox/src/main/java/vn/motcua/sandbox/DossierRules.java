package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/** What the province refuses in a dossier (422 naming the field) before storing it. */
final class DossierRules {
    private static final Pattern DOSSIER_CODE = Pattern.compile("\\S{1,30}-\\d{6}-\\d{4}");
    private static final List<String> REQUIRED_TEXT = List.of("MaHoSo", "MaTTHC", "ChuHoSo");
    private static final List<String> OPTIONAL_DATES = List.of("NgayTra", "NgayKetThucXuLy");
    private static final List<String> LISTS = List.of("TaiLieuNop", "DanhSachLePhi", "DanhSachHoSoBoSung",
            "DanhSachGiayToKetQua", "DinhDanhCHS",
            "DanhGiaHaiLong");

    private DossierRules() {
    }

    static void check(JsonNode dossier) {
        REQUIRED_TEXT.forEach(field -> Fields.text(dossier, field));
        if (!DOSSIER_CODE.matcher(Fields.text(dossier, "MaHoSo")).matches()) {
            throw Refusal.invalid("MaHoSo", "MaHoSo phải có dạng {mã đơn vị}-{yymmdd}-{số thứ tự 4 chữ số}");
        }
        Fields.number(dossier, "TrangThaiHoSo", 1, 10, "TrangThaiHoSo");
        Fields.number(dossier, "KenhThucHien", 1, 3, "KenhThucHien");
        Fields.optionalNumber(dossier, "LoaiDoiTuong", 1, 2);
        Fields.optionalNumber(dossier, "HinhThuc", 0, 1);
        checkDates(dossier);
        checkLists(dossier);
    }

    private static void checkDates(JsonNode dossier) {
        String received = Fields.stamp(dossier, "NgayTiepNhan", "NgayTiepNhan");
        String due = Fields.stamp(dossier, "NgayHenTra", "NgayHenTra");
        if (due.compareTo(received) < 0) {
            throw Refusal.invalid("NgayHenTra", "NgayHenTra không được trước NgayTiepNhan");
        }
        for (String field : OPTIONAL_DATES) {
            if (!dossier.path(field).isNull() && !dossier.path(field).isMissingNode()) {
                Fields.stamp(dossier, field, field);
            }
        }
    }

    private static void checkLists(JsonNode dossier) {
        for (String field : LISTS) {
            JsonNode list = dossier.path(field);
            if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
                throw Refusal.invalid(field, field + " phải là một danh sách");
            }
        }
        JsonNode files = dossier.path("TaiLieuNop");
        for (int i = 0; i < files.size(); i++) {
            Fields.text(files.get(i), "TenTepDinhKem", "TaiLieuNop[" + i + "].TenTepDinhKem");
        }
        JsonNode identities = dossier.path("DinhDanhCHS");
        for (int i = 0; i < identities.size(); i++) {
            checkIdentity(identities.get(i), "DinhDanhCHS[" + i + "]");
        }
        JsonNode ratings = dossier.path("DanhGiaHaiLong");
        for (int i = 0; i < ratings.size(); i++) {
            checkRating(ratings.get(i), "DanhGiaHaiLong[" + i + "]");
        }
    }

    /** A satisfaction rating (assumed): level 1–4, when, at which counter; the reason is free text or null. */
    private static void checkRating(JsonNode rating, String at) {
        Fields.number(rating, "MucDo", 1, 4, at + ".MucDo");
        Fields.stamp(rating, "ThoiDiem", at + ".ThoiDiem");
        Fields.number(rating, "Quay", 1, 999, at + ".Quay");
        JsonNode reason = rating.path("LyDo");
        if (!reason.isMissingNode() && !reason.isNull() && !reason.isTextual()) {
            throw Refusal.invalid(at + ".LyDo", at + ".LyDo phải là văn bản");
        }
    }

    private static void checkIdentity(JsonNode identity, String at) {
        long kind = Fields.number(identity, "LoaiDinhDanh", 1, 2, at + ".LoaiDinhDanh");
        String number = Fields.text(identity, "SoDinhDanh", at + ".SoDinhDanh");
        if (!number.matches(kind == 1 ? "\\d{12}" : "\\d{9}")) {
            throw Refusal.invalid(at + ".SoDinhDanh",
                    at + ".SoDinhDanh phải gồm " + (kind == 1 ? 12 : 9) + " chữ số");
        }
    }
}
