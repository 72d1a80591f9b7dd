package vn.motcua.core.citizen;

/**
 * Why a typed or scanned personal identifier was rejected. {@link #describe()} names the kind of
 * problem only, never the input, so it is safe for logs.
 */
public enum CitizenIdError {
    EMPTY("citizenId.error.empty", "identifier is empty"),
    NON_DIGIT("citizenId.error.nonDigit", "identifier contains characters other than digits and spaces"),
    WRONG_LENGTH("citizenId.error.wrongLength", "identifier has neither 12 digits (personal ID) nor 9 (old ID card)"),
    UNKNOWN_PROVINCE("citizenId.error.unknownProvince", "personal ID starts with an unknown province code"),
    BIRTH_YEAR_IN_FUTURE("citizenId.error.birthYearInFuture", "personal ID encodes a birth year in the future"),
    BIRTH_YEAR_IMPLAUSIBLE("citizenId.error.birthYearImplausible",
            "personal ID encodes a birth year more than " + CitizenId.MAX_AGE_YEARS + " years ago");

    private final String messageKey;
    private final String description;

    CitizenIdError(String messageKey, String description) {
        this.messageKey = messageKey;
        this.description = description;
    }

    /** Key of the user-facing message in the app's resource bundles. */
    public String messageKey() {
        return messageKey;
    }

    /** English description of the kind of error, for logs. */
    public String describe() {
        return description;
    }
}
