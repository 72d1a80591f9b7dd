package vn.motcua.core.scan;

/** How a batch ended: {@code problem} is NONE when the feeder ran empty or the flatbed page was read. */
public record ScanBatchResult(int pages, Problem problem) {
    public enum Problem { NONE, JAMMED, COVER_OPEN, NO_DOCUMENTS, DEVICE_GONE, TIMEOUT, IO_ERROR, CANCELLED }
}
