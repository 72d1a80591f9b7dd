package vn.motcua.core.dossier;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Mã kết quả số hoá: who the document belongs to (a personal ID number or an organisation's code) and
 * the document-type code. How the two are written is configured ({@link DigitisedCodeFormat}) because the
 * exact national structure is not settled. The owner id is personal data: {@link #toString()} masks it.
 */
public record DigitisedDocumentCode(String ownerId, String documentType) {
    static final Pattern OWNER_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,29}");
    static final Pattern DOCUMENT_TYPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,29}");

    public DigitisedDocumentCode {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(documentType, "documentType");
        if (!OWNER_ID.matcher(ownerId).matches()) {
            throw new IllegalArgumentException("Owner id must be 1-30 letters, digits or '-'");
        }
        if (!DOCUMENT_TYPE.matcher(documentType).matches()) {
            throw new IllegalArgumentException("Document type must be 1-30 letters, digits, '.', '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return "DigitisedDocumentCode[" + Masked.of(ownerId) + ", " + documentType + "]";
    }
}
