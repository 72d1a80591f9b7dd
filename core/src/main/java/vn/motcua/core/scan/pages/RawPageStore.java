package vn.motcua.core.scan.pages;

import vn.motcua.core.scan.RawPage;

/**
 * Port: where raw pages wait while the clerk edits a batch. A 300-dpi grey A4 page is about 8.7 MB, so a
 * long feeder batch belongs on disk, not on the heap; tests and short batches may keep them in memory.
 */
public interface RawPageStore {

    RawPageRef keep(RawPage page);

    /** The raw page as kept; fails when it was discarded. */
    RawPage load(RawPageRef ref);

    void discard(RawPageRef ref);
}
