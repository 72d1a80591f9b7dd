package vn.motcua.core.scan;

/** Receives pages and progress while a batch runs, on the scanning thread. */
public interface ScanListener {

    void page(RawPage page);

    /** Progress of the page being read, 0..1. */
    default void progress(int pageIndex, double fraction) {
    }

    /**
     * Asked by the driver between pages and between read chunks: true ends the batch with
     * {@link ScanBatchResult.Problem#CANCELLED}; pages already delivered stay delivered.
     */
    default boolean cancelled() {
        return false;
    }
}
