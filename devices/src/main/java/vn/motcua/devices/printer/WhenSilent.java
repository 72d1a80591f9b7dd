package vn.motcua.devices.printer;

import java.util.Optional;
import vn.motcua.core.queue.PrinterStatus;

/**
 * What to do when the printer does not answer the status request (one-way USB, converters that drop the
 * back channel): print blind, or refuse so that no ticket is counted that may not exist.
 */
public enum WhenSilent {
    PRINT, REFUSE;

    /** The reason not to print in this state, or empty when a ticket may be sent. */
    public Optional<PrinterProblem> refusal(PrinterStatus status) {
        return switch (status) {
            case READY, PAPER_NEAR_END -> Optional.empty();
            case UNKNOWN -> this == PRINT ? Optional.empty() : Optional.of(PrinterProblem.SILENT);
            case PAPER_OUT -> Optional.of(PrinterProblem.PAPER_OUT);
            case COVER_OPEN -> Optional.of(PrinterProblem.COVER_OPEN);
            case OFFLINE -> Optional.of(PrinterProblem.OFFLINE);
            case ERROR -> Optional.of(PrinterProblem.ERROR);
        };
    }
}
