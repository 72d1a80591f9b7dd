package vn.motcua.sandbox;

import java.util.Arrays;

/** What can go wrong between the desk and the province; each one is documented in docs/provincial-api.md. */
public enum FaultKind {
    /** HTTP 500 with {@code error_code "500"}; nothing is processed. */
    HTTP_500("http500"),
    /** HTTP 503 with {@code Retry-After: 1} and {@code error_code "503"}; nothing is processed. */
    HTTP_503("http503"),
    /** The answer comes after the configured delay; the request is processed after the delay. */
    SLOW("slow"),
    /** The connection is closed without an answer and without processing. */
    DROP_BEFORE("drop-before"),
    /** The request is processed and stored, then the connection is closed without an answer. */
    DROP_AFTER("drop-after"),
    /** Only {@code TaiLenTep}: the first half of the chunk is kept, then the connection is closed. */
    DROP_MID_UPLOAD("drop-mid-upload"),
    /** The request is processed twice, as when a gateway replays it; the desk gets the second answer. */
    DUPLICATE("duplicate"),
    /** Not {@code DangNhap}: the caller's session dies now and the call answers {@code 401}. */
    EXPIRED_SESSION("expired-session"),
    /** The request is processed, then answered with truncated JSON under HTTP 200. */
    MALFORMED_JSON("malformed-json");

    private final String specName;

    FaultKind(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    boolean appliesTo(String service) {
        return switch (this) {
            case DROP_MID_UPLOAD -> ProvinceServices.UPLOAD.equals(service);
            case EXPIRED_SESSION -> !ProvinceServices.LOGIN.equals(service);
            default -> true;
        };
    }

    public static FaultKind bySpecName(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.specName.equalsIgnoreCase(name) || kind.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown fault '" + name + "'; known: "
                        + Arrays.stream(values()).map(FaultKind::specName).toList()));
    }
}
