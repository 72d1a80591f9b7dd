package vn.motcua.core.citizen;

import java.util.Objects;

/**
 * Why the text read from a chip ID card's QR code was rejected. {@link #describe()} names the kind
 * of problem only, never card data, so it is safe for logs.
 */
public sealed interface CccdQrError {

    /** Key of the user-facing message in the app's resource bundles. */
    String messageKey();

    /** English description of the kind of error, for logs. */
    String describe();

    enum Problem implements CccdQrError {
        EMPTY("cccdQr.error.empty", "QR text is empty"),
        TOO_FEW_FIELDS("cccdQr.error.tooFewFields", "QR text has fewer than " + CccdQr.MIN_FIELDS + " '|'-separated fields"),
        MISSING_NAME("cccdQr.error.missingName", "full name field is empty"),
        INVALID_BIRTH_DATE("cccdQr.error.invalidBirthDate", "birth date field is not a ddMMyyyy calendar date"),
        BIRTH_DATE_MISMATCH("cccdQr.error.birthDateMismatch", "birth year differs from the year encoded in the personal ID"),
        BIRTH_DATE_IN_FUTURE("cccdQr.error.birthDateInFuture", "birth date is in the future"),
        INVALID_ISSUE_DATE("cccdQr.error.invalidIssueDate", "issue date field is not a ddMMyyyy calendar date"),
        ISSUE_DATE_IMPLAUSIBLE("cccdQr.error.issueDateImplausible", "issue date is before the birth date or in the future");

        private final String messageKey;
        private final String description;

        Problem(String messageKey, String description) {
            this.messageKey = messageKey;
            this.description = description;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }

        @Override
        public String describe() {
            return description;
        }
    }

    /** The first field is not a valid 12-digit personal ID number; {@code cause} says why. */
    record InvalidId(CitizenIdError cause) implements CccdQrError {
        public InvalidId {
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public String messageKey() {
            return "cccdQr.error.invalidId";
        }

        @Override
        public String describe() {
            return "personal ID field is invalid: " + cause.describe();
        }
    }

    /** The old ID card field is present but not a valid identifier; {@code cause} says why. */
    record InvalidOldId(CitizenIdError cause) implements CccdQrError {
        public InvalidOldId {
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public String messageKey() {
            return "cccdQr.error.invalidOldId";
        }

        @Override
        public String describe() {
            return "old ID card field is invalid: " + cause.describe();
        }
    }
}
