package vn.motcua.store.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.FieldOfWork;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.catalogue.RequiredComponent;
import vn.motcua.core.catalogue.ResultType;

/** The contract's {@code Procedure} JSON (LayDanhSachTTHC, LayThuTuc) → the catalogue's procedure. */
final class ProcedureJson {
    private ProcedureJson() {
    }

    /** @throws IllegalArgumentException when a required field is missing or invalid */
    static Procedure procedure(JsonNode json) {
        return new Procedure(new ProcedureCode(required(json, "MaTTHC")), required(json, "TenTTHC"),
                new FieldOfWork(json.path("MaLinhVuc").asText(""), json.path("TenLinhVuc").asText("")),
                processingTime(json), components(json.path("ThanhPhanHoSo")), fees(json.path("PhiLePhi")),
                results(json.path("KetQua")), false);
    }

    /**
     * {@code "ThoiHanGiaiQuyet": {"SoLuong": 1, "DonVi": "NgayLamViec" | "Ngay" | "GioLamViec"}} as the contract
     * names them; {@code "NgayLich"} is read as calendar days too.
     */
    private static ProcessingTime processingTime(JsonNode json) {
        JsonNode time = json.path("ThoiHanGiaiQuyet");
        int amount = time.isObject() ? time.path("SoLuong").asInt(0) : time.asInt(0);
        String unit = time.path("DonVi").asText("NgayLamViec");
        return switch (unit) {
            case "NgayLamViec" -> ProcessingTime.workingDays(amount);
            case "Ngay", "NgayLich" -> ProcessingTime.calendarDays(amount);
            case "GioLamViec" -> ProcessingTime.workingHours(amount);
            default -> throw new IllegalArgumentException("Unknown ThoiHanGiaiQuyet.DonVi '" + unit + "'");
        };
    }

    private static List<RequiredComponent> components(JsonNode array) {
        List<RequiredComponent> components = new ArrayList<>();
        for (JsonNode c : array) {
            components.add(new RequiredComponent(c.path("MaThanhPhanHoSo").asText(""), required(c, "TenThanhPhanHoSo"),
                    form(c.path("HinhThuc").asText("")), Math.max(1, c.path("SoLuong").asInt(1)),
                    c.path("BatBuoc").asBoolean(true)));
        }
        return components;
    }

    private static DocumentForm form(String text) {
        return switch (text) {
            case "BanSao" -> DocumentForm.CERTIFIED_COPY;
            case "BanChup" -> DocumentForm.PHOTOCOPY;
            default -> DocumentForm.ORIGINAL;
        };
    }

    private static List<Fee> fees(JsonNode array) {
        List<Fee> fees = new ArrayList<>();
        for (JsonNode f : array) {
            fees.add(new Fee(f.path("TenPhiLePhi").asText(""), f.path("MucPhi").asLong(0)));
        }
        return fees;
    }

    private static List<ResultType> results(JsonNode array) {
        List<ResultType> results = new ArrayList<>();
        for (JsonNode r : array) {
            results.add(new ResultType(r.path("MaKetQua").asText(""), r.path("TenKetQua").asText("")));
        }
        return results;
    }

    private static String required(JsonNode json, String field) {
        String value = json.path(field).asText("").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Procedure without " + field);
        }
        return value;
    }
}
