package vn.motcua.core.voice;

/**
 * One spoken word of a Vietnamese number, with the id of the recorded clip that says it. Numbers are
 * assembled from these word clips so any number up to 999 999 can be announced.
 */
public enum NumberWord {
    KHONG("không"), MOT("một"), HAI("hai"), BA("ba"), BON("bốn"),
    NAM("năm"), SAU("sáu"), BAY("bảy"), TAM("tám"), CHIN("chín"),
    /** "mười": ten, and the tens word for 10..19. */
    MUOI("mười"),
    /** "mươi": the tens word for 20..99 ("hai mươi"). */
    MUOI_TENS("mươi"),
    /** "mốt": one after mươi ("hai mươi mốt"). */
    MOT_AFTER_TENS("mốt"),
    /** "tư": four after mươi ("hai mươi tư"). */
    TU_AFTER_TENS("tư"),
    /** "lăm": five after mười or mươi ("mười lăm", "năm mươi lăm"). */
    LAM_AFTER_TENS("lăm"),
    /** "linh": the Northern word for zero tens ("một trăm linh năm"). */
    LINH("linh"),
    /** "lẻ": the Southern word for zero tens ("một trăm lẻ năm"). */
    LE("lẻ"),
    TRAM("trăm"),
    NGHIN("nghìn");

    private static final NumberWord[] DIGITS = {KHONG, MOT, HAI, BA, BON, NAM, SAU, BAY, TAM, CHIN};

    private final String text;

    NumberWord(String text) {
        this.text = text;
    }

    public static NumberWord digit(int digit) {
        return DIGITS[digit];
    }

    /** The written word, e.g. "mốt". */
    public String text() {
        return text;
    }

    /** The clip id: "num-0".."num-10" for the digits and mười, "num-" + the enum name otherwise. */
    public String clipId() {
        int ordinal = ordinal();
        return ordinal <= MUOI.ordinal() ? "num-" + ordinal : "num-" + name().toLowerCase().replace('_', '-');
    }
}
