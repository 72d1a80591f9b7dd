package vn.motcua.core.queue;

/** The outcome of printing one ticket. */
public record PrintOutcome(boolean printed, PrinterStatus statusBefore, String problemKey) {
    public static PrintOutcome printed(PrinterStatus before) {
        return new PrintOutcome(true, before, "");
    }

    public static PrintOutcome failed(PrinterStatus before, String problemKey) {
        return new PrintOutcome(false, before, problemKey);
    }
}
