package vn.motcua.core.queue;

import java.util.Objects;
import java.util.Set;

/** What the kiosk did when a citizen asked for a ticket. */
public sealed interface KioskIssue {

    /** The citizen holds the printed ticket; it is waiting. Warnings are for staff, not the citizen. */
    record Issued(Ticket ticket, PrintedTicket paper, Set<StaffWarning> warnings) implements KioskIssue {
        public Issued {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(paper, "paper");
            warnings = Set.copyOf(warnings);
        }
    }

    /**
     * No ticket is waiting for the citizen. With {@link QueueRefusal#PRINT_FAILED} one was issued and then
     * cancelled, its number unused.
     *
     * @param printerProblemKey the printer's own message key when printing failed, else empty
     */
    record NotIssued(QueueRefusal reason, PrinterStatus printerStatus, String printerProblemKey)
            implements KioskIssue {
        public NotIssued {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(printerStatus, "printerStatus");
            Objects.requireNonNull(printerProblemKey, "printerProblemKey");
        }
    }
}
