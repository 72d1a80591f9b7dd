package vn.motcua.core.dossier;

import java.io.InputStream;
import java.util.Optional;

/**
 * Port: content-addressed storage for scanned documents and generated forms. Storing the same bytes
 * twice gives the same reference; a file is either stored whole or not at all.
 */
public interface ScannedFileStore {

    StoredFileRef put(InputStream content, String mediaType, String fileName);

    /** Opens the stored bytes; empty when no such file is stored. The caller closes the stream. */
    Optional<InputStream> open(StoredFileRef ref);

    boolean contains(StoredFileRef ref);
}
