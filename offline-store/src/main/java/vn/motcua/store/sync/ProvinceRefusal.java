package vn.motcua.store.sync;

/** The province answered but refused the call for good (invalid data, 422); retrying the same call cannot help. */
final class ProvinceRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProvinceRefusal(String message) {
        super(message);
    }
}
