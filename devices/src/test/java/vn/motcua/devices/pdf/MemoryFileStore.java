package vn.motcua.devices.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.dossier.StoredFileRef;

/** A content-addressed store on the heap, standing in for the offline store's files in device tests. */
public final class MemoryFileStore implements ScannedFileStore {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public StoredFileRef put(InputStream content, String mediaType, String fileName) {
        try {
            byte[] bytes = content.readAllBytes();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            files.put(sha, bytes);
            return new StoredFileRef(sha, bytes.length, mediaType, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<InputStream> open(StoredFileRef ref) {
        return Optional.ofNullable(files.get(ref.sha256())).map(ByteArrayInputStream::new);
    }

    @Override
    public boolean contains(StoredFileRef ref) {
        return files.containsKey(ref.sha256());
    }

    public byte[] bytes(StoredFileRef ref) {
        return files.get(ref.sha256());
    }
}
