package vn.motcua.core.dossier;

/** HinhThuc: where the citizen collects the result. */
public enum ResultDelivery {
    AT_COUNTER(0), PUBLIC_POST(1);

    private final int code;

    ResultDelivery(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
