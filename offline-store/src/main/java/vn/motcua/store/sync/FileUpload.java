package vn.motcua.store.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.sync.ProvinceUnavailableException;
import vn.motcua.store.sqlite.SqliteSyncMarks;

/**
 * Uploads a stored file with {@code TaiLenTep} in chunks, once per content: a file already uploaded (by SHA-256)
 * is not sent again, whichever dossier it belongs to. Resumable: the province keeps what it received under the
 * file's SHA-256 and answers how much it holds ({@code DaNhan}), so after a dropped connection the upload goes on
 * from there. Verified twice: the local bytes must hash to their name before any is sent, and the province's
 * answer to the last chunk must name the same hash.
 */
final class FileUpload {
    private static final Logger LOG = LoggerFactory.getLogger(FileUpload.class);
    static final String SERVICE = "TaiLenTep";

    private final ProvinceConnection connection;
    private final ScannedFileStore files;
    private final SqliteSyncMarks marks;
    private final int chunkBytes;

    FileUpload(ProvinceConnection connection, ScannedFileStore files, SqliteSyncMarks marks, int chunkBytes) {
        this.connection = connection;
        this.files = files;
        this.marks = marks;
        this.chunkBytes = chunkBytes;
    }

    /** @return the province's file id (MaTep) */
    String ensureUploaded(StoredFileRef file) {
        var known = marks.remoteFile(file.sha256());
        if (known.isPresent()) {
            return known.get();
        }
        verifyLocalCopy(file);
        String remoteId = upload(file);
        marks.recordUpload(file.sha256(), remoteId);
        LOG.debug("Uploaded file {} ({} bytes)", file.sha256(), file.size());
        return remoteId;
    }

    private String upload(StoredFileRef file) {
        long offset = 0;
        long rounds = 4 + 2 * (file.size() / chunkBytes);
        for (long round = 0; round < rounds; round++) {
            byte[] chunk = read(file, offset);
            ProvinceAnswer answer = connection.call(SERVICE, request(file, offset, chunk));
            if (answer.is(ProvinceAnswer.INVALID) && "SHA256".equals(answer.data().path("TruongLoi").asText())) {
                // The province's bytes do not hash right (damaged on the way); it discarded them: start over.
                throw new ProvinceUnavailableException(SERVICE + ": the province's copy did not match the hash");
            }
            if (answer.is(ProvinceAnswer.INVALID)) {
                throw new ProvinceRefusal("Tệp " + file.fileName() + ": " + answer.explanation());
            }
            if (!answer.is(ProvinceAnswer.SUCCESS)) {
                // E.g. a session lost again right after the new login: not the file's fault, so try again later.
                throw new ProvinceUnavailableException(SERVICE + ": " + answer.errorCode() + " " + answer.message());
            }
            var data = answer.data();
            if (data.path("HoanTat").asBoolean(false)) {
                return finished(file, data.path("MaTep").asText(""), data.path("SHA256").asText(file.sha256()));
            }
            offset = data.path("DaNhan").asLong(-1);
            if (offset < 0 || offset >= file.size()) {
                throw new ProvinceUnavailableException(SERVICE + ": the province reported " + offset + " of "
                        + file.size() + " bytes received");
            }
        }
        throw new ProvinceUnavailableException(SERVICE + ": no progress after " + rounds + " chunks");
    }

    private static String finished(StoredFileRef file, String remoteId, String remoteHash) {
        if (remoteId.isEmpty() || !remoteHash.equalsIgnoreCase(file.sha256())) {
            // Corrupted on the way: the province must not be given a dossier pointing at wrong bytes.
            throw new ProvinceUnavailableException(SERVICE + ": the province's copy does not match the file's hash");
        }
        return remoteId;
    }

    private ObjectNode request(StoredFileRef file, long offset, byte[] chunk) {
        return connection.json().createObjectNode()
                .put("TenTep", file.fileName())
                .put("KichThuoc", file.size())
                .put("SHA256", file.sha256())
                .put("ViTri", offset)
                .put("NoiDung", Base64.getEncoder().encodeToString(chunk));
    }

    private byte[] read(StoredFileRef file, long offset) {
        try (InputStream in = open(file)) {
            in.skipNBytes(offset);
            return in.readNBytes((int) Math.min(chunkBytes, file.size() - offset));
        } catch (IOException e) {
            throw new ProvinceRefusal("Không đọc được tệp " + file.fileName() + " trên máy này: " + e.getMessage());
        }
    }

    private void verifyLocalCopy(StoredFileRef file) {
        try (InputStream in = open(file)) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, n);
            }
            if (!HexFormat.of().formatHex(sha256.digest()).equals(file.sha256())) {
                throw new ProvinceRefusal("Tệp " + file.fileName() + " trên máy này bị hỏng (mã băm không khớp)");
            }
        } catch (IOException e) {
            throw new ProvinceRefusal("Không đọc được tệp " + file.fileName() + " trên máy này: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private InputStream open(StoredFileRef file) {
        return files.open(file).orElseThrow(
                () -> new ProvinceRefusal("Tệp " + file.fileName() + " không còn trên máy này"));
    }
}
