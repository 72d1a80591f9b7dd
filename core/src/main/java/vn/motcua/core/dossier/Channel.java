package vn.motcua.core.dossier;

/** KenhThucHien: how the dossier was submitted. */
public enum Channel {
    COUNTER(1), ONLINE(2), POST(3);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
