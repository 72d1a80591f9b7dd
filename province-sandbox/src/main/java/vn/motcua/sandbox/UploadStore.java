package vn.motcua.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Chunked uploads, idempotent by SHA-256. Bytes received so far ({@code DaNhan}) survive dropped connections
 * and, with a data directory, restarts. A chunk may overlap what has arrived (the part already held is
 * skipped), so resending the last chunk is always safe; a chunk that starts past {@code DaNhan} is not kept,
 * and the answer tells the desk where to continue.
 */
final class UploadStore {
    record Chunk(String name, long size, String sha256, long offset, byte[] content) {
        Chunk firstHalf() {
            return new Chunk(name, size, sha256, offset, Arrays.copyOf(content, content.length / 2));
        }
    }

    record Progress(String fileCode, long received, boolean complete) {
    }

    private final Blobs blobs;
    private final ProvinceState state;

    UploadStore(Blobs blobs, ProvinceState state) {
        this.blobs = blobs;
        this.state = state;
    }

    static String fileCode(String sha256) {
        return "TEP-" + sha256.substring(0, 20).toUpperCase();
    }

    synchronized Progress receive(Chunk chunk) {
        var finished = state.file(chunk.sha256());
        if (finished.isPresent()) {
            if (finished.get().size() != chunk.size()) {
                throw Refusal.invalid("KichThuoc", "KichThuoc khác với tệp đã nhận cùng SHA256");
            }
            return new Progress(finished.get().fileCode(), chunk.size(), true);
        }
        if (chunk.offset() + chunk.content().length > chunk.size()) {
            throw Refusal.invalid("NoiDung", "Phần tệp vượt quá KichThuoc");
        }
        long received = append(chunk);
        return received == chunk.size() ? finish(chunk) : new Progress(fileCode(chunk.sha256()), received, false);
    }

    /** A whole file in one piece (the benchmark's raw upload): stored as a finished upload of its SHA-256. */
    synchronized Progress receiveWhole(String name, byte[] content) {
        try {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return receive(new Chunk(name, content.length, sha256, 0, content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long append(Chunk chunk) {
        String part = partName(chunk.sha256());
        long held = blobs.length(part);
        long alreadyHeld = held - chunk.offset();
        if (alreadyHeld < 0) {
            return held;
        }
        if (alreadyHeld < chunk.content().length) {
            blobs.append(part, chunk.content(), (int) alreadyHeld);
        }
        return blobs.length(part);
    }

    private Progress finish(Chunk chunk) {
        String part = partName(chunk.sha256());
        if (!sha256Of(part).equals(chunk.sha256())) {
            blobs.delete(part);
            throw Refusal.invalid("SHA256", "SHA256 không khớp với nội dung đã nhận; hãy tải lại từ đầu");
        }
        blobs.rename(part, chunk.sha256());
        ProvinceState.StoredFile file =
                new ProvinceState.StoredFile(fileCode(chunk.sha256()), chunk.sha256(), chunk.name(), chunk.size());
        state.putFile(file);
        return new Progress(file.fileCode(), file.size(), true);
    }

    /** The bytes of a finished upload, as stored. */
    synchronized Optional<byte[]> content(String fileCode) {
        return state.fileByCode(fileCode).map(file -> {
            try (InputStream in = blobs.open(file.sha256())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    synchronized void clear() {
        blobs.clear();
    }

    private String sha256Of(String name) {
        try (InputStream in = blobs.open(name)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String partName(String sha256) {
        return sha256 + ".part";
    }
}
