package vn.motcua.store.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.ResultFile;
import vn.motcua.core.dossier.ResultSignature;
import vn.motcua.core.dossier.StatusChange;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.sync.ProvinceDossierState;
import vn.motcua.core.sync.ProvinceDossierState.ProcessingStep;

/** The contract's {@code Dossier} JSON (DOMAIN §9), both ways. */
final class DossierJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DossierJson() {
    }

    /**
     * @param results     the result files kept with the dossier (DanhSachGiayToKetQua)
     * @param remoteFiles the province's MaTep of every file of the dossier and its results, by SHA-256
     * @param fieldCode   MaLinhVuc of the dossier's procedure, empty when the catalogue no longer has it
     * @param ratings     the accepted satisfaction ratings of the dossier's services, sent as {@code DanhGiaHaiLong}
     */
    static ObjectNode of(Dossier dossier, List<ResultFile> results, Map<String, String> remoteFiles,
            StatusCodeTable codes, String fieldCode, List<Rating> ratings) {
        DossierOwner owner = dossier.owner();
        ObjectNode json = NODES.objectNode()
                .put("MaHoSo", dossier.code().value())
                .put("MaTTHC", dossier.procedureCode().value())
                .put("TenTTHC", dossier.procedureName())
                .put("MaLinhVuc", fieldCode)
                .put("KenhThucHien", dossier.channel().code())
                .put("SoBienNhan", dossier.code().value())
                .put("ChuHoSo", owner.name())
                .put("LoaiDoiTuong", owner.type().code())
                .put("SoGiayToChuHoSo", owner.identifier())
                .put("Email", owner.email())
                .put("SoDienThoai", owner.phone())
                .put("TrichYeuHoSo", dossier.procedureName())
                .put("NgayTiepNhan", ProvinceTime.format(dossier.receivedAt()));
        putTime(json, "NgayHenTra", dossier.dueAt());
        putTime(json, "NgayTra", reached(dossier, DossierStatus.RESULT_RETURNED));
        putTime(json, "NgayKetThucXuLy", finishedProcessing(dossier));
        json.put("TrangThaiHoSo", codes.toTarget(dossier.status()))
                .put("HinhThuc", dossier.delivery().code());
        json.set("TaiLieuNop", documents(dossier.components(), remoteFiles));
        json.set("DanhSachLePhi", fees(dossier.fees()));
        json.set("DanhSachHoSoBoSung", NODES.arrayNode());
        json.set("DanhSachGiayToKetQua", results(results, remoteFiles));
        json.put("HoSoCoThanhPhanSoHoa", dossier.components().stream().anyMatch(DossierComponent::digitised) ? 1 : 0);
        json.set("DinhDanhCHS", identifiers(owner));
        json.set("DanhGiaHaiLong", ratings(ratings));
        return json;
    }

    /**
     * {@code MucDo} (assumed, docs/provincial-api.md): 1 Rất hài lòng, 2 Hài lòng, 3 Bình thường, 4 Không hài lòng;
     * {@code TenMucDo} spells it out for people reading the province's records.
     */
    static int levelCode(RatingLevel level) {
        return switch (level) {
            case VERY_SATISFIED -> 1;
            case SATISFIED -> 2;
            case NEUTRAL -> 3;
            case UNSATISFIED -> 4;
        };
    }

    private static String levelName(RatingLevel level) {
        return switch (level) {
            case VERY_SATISFIED -> "Rất hài lòng";
            case SATISFIED -> "Hài lòng";
            case NEUTRAL -> "Bình thường";
            case UNSATISFIED -> "Không hài lòng";
        };
    }

    /** Accepted ratings only: flagged presses stay on the desk for the supervisor. */
    private static ArrayNode ratings(List<Rating> ratings) {
        ArrayNode array = NODES.arrayNode();
        for (Rating rating : ratings) {
            if (!rating.counts()) {
                continue;
            }
            RatingLevel level = rating.level().orElseThrow();
            ObjectNode item = array.addObject()
                    .put("MucDo", levelCode(level))
                    .put("TenMucDo", levelName(level))
                    .put("ThoiDiem", ProvinceTime.format(rating.pressedAt()))
                    .put("Quay", rating.counter())
                    .put("CanBo", rating.clerk().orElse(""));
            if (rating.reason().isPresent()) {
                item.put("LyDo", rating.reason().get());
            } else {
                item.putNull("LyDo");
            }
        }
        return array;
    }

    /** The province's view of a dossier: its status through the code table and its steps. */
    static ProvinceDossierState state(JsonNode json, StatusCodeTable codes) {
        List<ProcessingStep> steps = new ArrayList<>();
        for (JsonNode step : json.path("TienDo")) {
            ProvinceTime.parse(step.path("ThoiDiem").asText()).ifPresent(at -> steps.add(new ProcessingStep(at,
                    status(step.path("TrangThai"), codes), step.path("NguoiXuLy").asText(""),
                    step.path("DonViXuLy").asText(""), step.path("NoiDung").asText(""))));
        }
        return new ProvinceDossierState(json.path("MaHoSo").asText(""), status(json.path("TrangThaiHoSo"), codes),
                steps);
    }

    private static Optional<DossierStatus> status(JsonNode code, StatusCodeTable codes) {
        return code.canConvertToInt() ? codes.toNational(code.asInt()) : Optional.empty();
    }

    private static ArrayNode documents(List<DossierComponent> components, Map<String, String> remoteFiles) {
        ArrayNode documents = NODES.arrayNode();
        for (DossierComponent component : components) {
            if (component.files().isEmpty()) {
                documents.add(document(component, component.name(), null));
            }
            for (StoredFileRef file : component.files()) {
                documents.add(document(component, file.fileName(), remoteFiles.get(file.sha256())));
            }
        }
        return documents;
    }

    /** A component handed in on paper only is listed too, without a file path. */
    private static ObjectNode document(DossierComponent component, String name, String remoteFile) {
        ObjectNode document = NODES.objectNode()
                .put("TenTepDinhKem", name)
                .put("MaThanhPhanHoSo", component.code())
                .put("DuongDanTaiTepTin", remoteFile)
                .put("DuocSoHoa", component.digitised() ? 1 : 0)
                .put("DuocTaiSuDung", component.reused() ? 1 : 0)
                .put("DuocLayTuKhoDMQG", component.fromNationalStore() ? 1 : 0);
        document.putNull("MaKetQuaThayThe");
        return document;
    }

    /** The result papers: electronic when the agency's own file was attached, with what its signature said. */
    private static ArrayNode results(List<ResultFile> results, Map<String, String> remoteFiles) {
        ArrayNode array = NODES.arrayNode();
        for (ResultFile result : results) {
            array.addObject()
                    .put("TenGiayTo", result.file().fileName())
                    .put("DuongDanTepTinKetQua", remoteFiles.get(result.file().sha256()))
                    .put("LaBanDienTu", result.source() == ResultFile.Source.RECEIVED_FILE ? 1 : 0)
                    .put("CoChuKySo", result.signature().state() == ResultSignature.State.INTACT ? 1 : 0)
                    .put("NguoiKy", result.signature().signer())
                    .put("ThoiDiemDinhKem", ProvinceTime.format(result.attachedAt()));
        }
        return array;
    }

    private static ArrayNode fees(List<Fee> fees) {
        ArrayNode array = NODES.arrayNode();
        fees.forEach(fee -> array.addObject().put("TenPhiLePhi", fee.name()).put("MucPhi", fee.amountVnd()));
        return array;
    }

    /** LoaiDinhDanh 1 = the 12-digit personal ID, 2 = an old 9-digit CMND; organisations have none here. */
    private static ArrayNode identifiers(DossierOwner owner) {
        ArrayNode array = NODES.arrayNode();
        String id = owner.identifier();
        if (owner.type() == OwnerType.CITIZEN && id.chars().allMatch(Character::isDigit)
                && (id.length() == 12 || id.length() == 9)) {
            array.addObject().put("LoaiDinhDanh", id.length() == 12 ? 1 : 2).put("SoDinhDanh", id);
        }
        return array;
    }

    private static Optional<LocalDateTime> reached(Dossier dossier, DossierStatus status) {
        return dossier.history().stream().filter(c -> c.to() == status && c.from() != status)
                .map(StatusChange::at).reduce((first, last) -> last);
    }

    private static Optional<LocalDateTime> finishedProcessing(Dossier dossier) {
        return dossier.history().stream()
                .filter(c -> c.from() != c.to() && (c.to() == DossierStatus.PROCESSED || c.to().isFinal()))
                .map(StatusChange::at).findFirst();
    }

    private static void putTime(ObjectNode json, String field, Optional<LocalDateTime> time) {
        if (time.isPresent()) {
            json.put(field, ProvinceTime.format(time.get()));
        } else {
            json.putNull(field);
        }
    }
}
