package vn.motcua.core.dossier;

/**
 * Port: puts a better copy of a scanned file (e.g. its searchable OCR version) in place of the original wherever a
 * stored dossier links it. The original stays in the file store; only the links move.
 */
public interface ScannedFileReplacement {

    /** @return how many component links now point to {@code replacement} instead of {@code original} */
    int replace(StoredFileRef original, StoredFileRef replacement);
}
