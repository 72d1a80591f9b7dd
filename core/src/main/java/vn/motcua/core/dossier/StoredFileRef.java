package vn.motcua.core.dossier;

import java.util.HexFormat;
import java.util.Objects;

/** A file kept by the offline store, named by the SHA-256 of its content. */
public record StoredFileRef(String sha256, long size, String mediaType, String fileName) {
    public StoredFileRef {
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
    }
}
