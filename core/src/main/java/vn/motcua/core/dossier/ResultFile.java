package vn.motcua.core.dossier;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The result of a dossier as a file kept with it: the signed decision, licence or certificate the handling agency
 * issued, scanned at the counter from paper or received as the agency's signed PDF. An electronic result counts
 * for Decision 766 ("kết quả điện tử").
 */
public record ResultFile(StoredFileRef file, Source source, ResultSignature signature, LocalDateTime attachedAt,
        String attachedBy) {

    public enum Source {
        /** Scanned at the counter from the paper result. */
        SCANNED,
        /** The agency's own electronic file, attached as received. */
        RECEIVED_FILE
    }

    public ResultFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(attachedAt, "attachedAt");
        Objects.requireNonNull(attachedBy, "attachedBy");
    }
}
