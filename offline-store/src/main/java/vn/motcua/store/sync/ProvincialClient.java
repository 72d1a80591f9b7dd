package vn.motcua.store.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.catalogue.CatalogueStore;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.ResultFile;
import vn.motcua.core.dossier.ResultFiles;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.sync.ProvinceDossierState;
import vn.motcua.core.sync.ProvinceUnavailableException;
import vn.motcua.core.sync.ProvincialChanges;
import vn.motcua.core.sync.ProvincialGateway;
import vn.motcua.store.sqlite.SqliteSyncMarks;

/**
 * The desk's side of docs/provincial-api.md over {@link HttpClient}.
 *
 * <p>A push uploads the dossier's files not yet uploaded, then sends {@code DongBoHoSoMC}. It is safe to repeat:
 * the province keys dossiers by MaHoSo, so a push whose answer was lost (the connection dropped after the province
 * stored it) is simply sent again and updates; a province that answers a repeated create with {@code 409}
 * "đã tồn tại" gets the same dossier again as an update ({@code "CapNhat": true}).
 */
public final class ProvincialClient implements ProvincialGateway, ProvincialChanges {
    private static final Logger LOG = LoggerFactory.getLogger(ProvincialClient.class);
    static final String PUSH = "DongBoHoSoMC";
    static final String RESERVE_CODES = "CapKhoiSoHoSo";

    private final ProvinceConnection connection;
    private final FileUpload uploads;
    private final StatusCodeTable codes;
    private final Function<Dossier, String> fieldCode;
    private final ResultFiles results;
    private final List<RatingSource> ratings;

    /**
     * @param ratings where each dossier's satisfaction ratings are read, sent with it ({@code DanhGiaHaiLong}): per
     *                queue store the desk has used, its ticket links and its ratings (in centre mode the centre's
     *                server, and the desk's own store for dossiers of its single-PC days)
     * @param clock   when the OAuth gateway's token is due for renewal
     */
    public ProvincialClient(SyncSettings settings, ScannedFileStore files, ResultFiles results, SqliteSyncMarks marks,
            CatalogueStore catalogue, List<RatingSource> ratings, Clock clock) {
        this(settings, ProvinceConnection.httpClient(settings), files, results, marks, catalogue, ratings, clock);
    }

    ProvincialClient(SyncSettings settings, HttpClient http, ScannedFileStore files, ResultFiles results,
            SqliteSyncMarks marks, CatalogueStore catalogue, List<RatingSource> ratings, Clock clock) {
        this.results = results;
        this.ratings = List.copyOf(ratings);
        this.connection = new ProvinceConnection(settings, http, clock);
        this.uploads = new FileUpload(connection, files, marks, settings.uploadChunkBytes());
        this.codes = StatusCodeTable.bundled(settings.statusCodes());
        this.fieldCode = dossier -> catalogue.find(dossier.procedureCode()).map(p -> p.field().code()).orElse("");
    }

    /** Every source's ratings of the dossier, oldest first (a source's own order kept for equal times). */
    private List<Rating> ratingsOf(DossierCode dossier) {
        if (ratings.size() == 1) {
            return ratings.getFirst().of(dossier);
        }
        List<Rating> all = new ArrayList<>();
        for (RatingSource source : ratings) {
            all.addAll(source.of(dossier));
        }
        all.sort(java.util.Comparator.comparing(Rating::pressedAt));
        return all;
    }

    /**
     * The ratings are read first: the province replaces a dossier's ratings with those of each push, so a push
     * without them (the centre's server away) would erase them there. Such a push waits for its retry instead.
     */
    @Override
    public PushResult push(Dossier dossier) {
        List<Rating> rated;
        try {
            rated = ratingsOf(dossier.code());
        } catch (QueueUnavailableException e) {
            return PushResult.transientFailure("The ratings on the centre's server cannot be read: "
                    + e.getMessage());
        }
        try {
            List<ResultFile> resultFiles = results.of(dossier.code());
            List<StoredFileRef> files = new ArrayList<>(dossier.files());
            resultFiles.forEach(result -> files.add(result.file()));
            Map<String, String> remoteFiles = upload(files);
            ObjectNode json = DossierJson.of(dossier, resultFiles, remoteFiles, codes, fieldCode.apply(dossier),
                    rated);
            ProvinceAnswer answer = connection.call(PUSH, body(json, false));
            if (answer.is(ProvinceAnswer.ALREADY_EXISTS)) {
                answer = connection.call(PUSH, body(json, true));
            }
            return outcome(dossier, answer);
        } catch (ProvinceUnavailableException e) {
            return PushResult.transientFailure(e.getMessage());
        } catch (ProvinceRefusal e) {
            return PushResult.rejected(e.getMessage());
        }
    }

    /** Forgets the login session, so the next call logs in again (used after the settings change). */
    public void forgetSession() {
        connection.forgetSession();
    }

    @Override
    public Page<Procedure> proceduresSince(String cursor) {
        JsonNode data = list("LayDanhSachTTHC", cursor);
        List<Procedure> procedures = new ArrayList<>();
        for (JsonNode item : data.path("items")) {
            try {
                procedures.add(ProcedureJson.procedure(item));
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipped a procedure from the province: {}", e.getMessage());
            }
        }
        return new Page<>(procedures, data.path("cursor").asText(cursor));
    }

    @Override
    public Page<ProvinceDossierState> dossiersSince(String cursor) {
        JsonNode data = list("LayDanhSachHoSoThayDoi", cursor);
        List<ProvinceDossierState> states = new ArrayList<>();
        for (JsonNode item : data.path("items")) {
            states.add(DossierJson.state(item, codes));
        }
        return new Page<>(states, data.path("cursor").asText(cursor));
    }

    private JsonNode list(String service, String cursor) {
        ObjectNode fields = connection.json().createObjectNode().put("TuThoiDiem", cursor);
        ProvinceAnswer answer = connection.call(service, fields);
        if (!answer.is(ProvinceAnswer.SUCCESS)) {
            throw new ProvinceUnavailableException(service + ": " + answer.errorCode() + " " + answer.message());
        }
        return answer.data();
    }

    private Map<String, String> upload(List<StoredFileRef> files) {
        Map<String, String> remote = new HashMap<>();
        for (StoredFileRef file : files) {
            remote.computeIfAbsent(file.sha256(), sha -> uploads.ensureUploaded(file));
        }
        return remote;
    }

    private ObjectNode body(ObjectNode dossier, boolean update) {
        ObjectNode body = connection.json().createObjectNode();
        body.set("data", dossier);
        if (update) {
            body.put("CapNhat", true);
        }
        return body;
    }

    private static PushResult outcome(Dossier dossier, ProvinceAnswer answer) {
        if (answer.is(ProvinceAnswer.SUCCESS)) {
            return PushResult.accepted();
        }
        if (answer.is(ProvinceAnswer.INVALID)) {
            // The province's message may quote personal data: only the field goes to the log.
            LOG.info("The province rejected dossier {} (field {})", dossier.code(),
                    answer.data().path("TruongLoi").asText("?"));
            return PushResult.rejected(answer.explanation());
        }
        // Codes the contract does not name: keep the change queued rather than drop it.
        return PushResult.transientFailure(PUSH + ": " + answer.errorCode() + " " + answer.message());
    }

    /**
     * {@code CapKhoiSoHoSo} (assumed, docs/provincial-api.md): {@code count} daily sequence numbers of the agency
     * and day that the province hands to no one else.
     *
     * @throws ProvinceUnavailableException when the province cannot be reached now
     * @throws ProvinceRefusal when it refuses (422) or answers no valid block
     */
    SequenceBlock reserveCodeBlock(LocalDate day, int count) {
        ObjectNode fields = connection.json().createObjectNode()
                .put("NgayHoSo", day.format(DateTimeFormatter.BASIC_ISO_DATE)).put("SoLuong", count);
        ProvinceAnswer answer = connection.call(RESERVE_CODES, fields);
        if (answer.is(ProvinceAnswer.INVALID)) {
            throw new ProvinceRefusal(RESERVE_CODES + ": " + answer.explanation());
        }
        if (!answer.is(ProvinceAnswer.SUCCESS)) {
            throw new ProvinceUnavailableException(RESERVE_CODES + ": " + answer.errorCode() + " " + answer.message());
        }
        int first = answer.data().path("TuSo").asInt(0);
        int last = answer.data().path("DenSo").asInt(0);
        if (first < 1 || last < first) {
            throw new ProvinceRefusal(RESERVE_CODES + ": the province answered no valid block");
        }
        return new SequenceBlock(first, last);
    }
}
