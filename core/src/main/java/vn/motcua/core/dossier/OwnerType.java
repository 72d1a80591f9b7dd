package vn.motcua.core.dossier;

/** LoaiDoiTuong. */
public enum OwnerType {
    CITIZEN(1), ORGANISATION(2);

    private final int code;

    OwnerType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
