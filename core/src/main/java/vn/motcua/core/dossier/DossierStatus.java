package vn.motcua.core.dossier;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * TrangThaiHoSo as used by the National Public Service Portal. Other targets use other enums and get a
 * mapping table of their own; this enum is the desk's internal vocabulary.
 */
public enum DossierStatus {
    NEW_REGISTERED(1),
    RECEIVED(2),
    NOT_RECEIVED(3),
    PROCESSING(4),
    SUPPLEMENT_REQUESTED(5),
    FINANCIAL_OBLIGATION(6),
    WITHDRAWN(7),
    STOPPED(8),
    PROCESSED(9),
    RESULT_RETURNED(10);

    private final int nationalCode;

    DossierStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }

    public String messageKey() {
        return "dossierStatus." + name();
    }

    public static Optional<DossierStatus> ofNationalCode(int code) {
        return Arrays.stream(values()).filter(s -> s.nationalCode == code).findFirst();
    }

    public boolean isFinal() {
        return this == NOT_RECEIVED || this == WITHDRAWN || this == STOPPED || this == RESULT_RETURNED;
    }

    /** Whether the legal clock is stopped in this status (DOMAIN §5: supplement pauses the due time). */
    public boolean pausesClock() {
        return this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION;
    }

    /** The moves a dossier may make from this status; anything else is refused. */
    public Set<DossierStatus> next() {
        return switch (this) {
            case NEW_REGISTERED -> EnumSet.of(RECEIVED, NOT_RECEIVED, SUPPLEMENT_REQUESTED, WITHDRAWN);
            case RECEIVED -> EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, WITHDRAWN,
                    STOPPED, PROCESSED);
            case PROCESSING -> EnumSet.of(SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION, WITHDRAWN, STOPPED,
                    PROCESSED);
            case SUPPLEMENT_REQUESTED -> EnumSet.of(RECEIVED, PROCESSING, WITHDRAWN, STOPPED, NOT_RECEIVED);
            case FINANCIAL_OBLIGATION -> EnumSet.of(PROCESSING, PROCESSED, WITHDRAWN, STOPPED);
            case PROCESSED -> EnumSet.of(RESULT_RETURNED);
            case NOT_RECEIVED, WITHDRAWN, STOPPED, RESULT_RETURNED -> EnumSet.noneOf(DossierStatus.class);
        };
    }
}
