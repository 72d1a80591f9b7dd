package vn.motcua.core.scan;

/** Receives pages and progress while a batch runs, on the scanning thread. */
public interface ScanListener {

    void page(RawPage page);

    /** Progress of the page being read, 0..1. */
    default void progress(int pageIndex, double fraction) {
    }
}
