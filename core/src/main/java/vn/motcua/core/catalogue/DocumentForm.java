package vn.motcua.core.catalogue;

/** The form in which a component is handed in (Mẫu 01, column "hình thức"). */
public enum DocumentForm {
    /** Bản chính. */
    ORIGINAL,
    /** Bản sao (chứng thực). */
    CERTIFIED_COPY,
    /** Bản chụp / bản photo. */
    PHOTOCOPY;

    public String messageKey() {
        return "documentForm." + name();
    }
}
