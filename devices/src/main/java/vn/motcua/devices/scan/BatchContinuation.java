package vn.motcua.devices.scan;

import java.util.Objects;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanListener;

/**
 * Continues a batch after a jam, an open cover or a cancelled run. Drivers keep no state between
 * {@code scan(...)} calls and number every call's pages from 0; the caller, who knows how many pages the
 * dossier already has, wraps its listener so the next call's pages (and progress) continue the numbering:
 * <pre>
 * ScanBatchResult first = scanner.scan(device, settings, listener);          // pages 0, 1, 2, then JAMMED
 * ScanBatchResult rest = scanner.scan(device, settings, BatchContinuation.after(3, listener)); // pages 3, 4…
 * </pre>
 * Works with every {@link vn.motcua.core.scan.Scanner}; the pixels are shared, never copied.
 */
public final class BatchContinuation implements ScanListener {
    private final int pagesSoFar;
    private final ScanListener target;

    private BatchContinuation(int pagesSoFar, ScanListener target) {
        this.pagesSoFar = pagesSoFar;
        this.target = target;
    }

    public static ScanListener after(int pagesSoFar, ScanListener target) {
        Objects.requireNonNull(target, "target");
        if (pagesSoFar < 0) {
            throw new IllegalArgumentException("pagesSoFar must not be negative, not " + pagesSoFar);
        }
        return pagesSoFar == 0 ? target : new BatchContinuation(pagesSoFar, target);
    }

    @Override
    public void page(RawPage page) {
        target.page(ManualDuplex.renumbered(page, pagesSoFar + page.index()));
    }

    @Override
    public void progress(int pageIndex, double fraction) {
        target.progress(pagesSoFar + pageIndex, fraction);
    }

    @Override
    public boolean cancelled() {
        return target.cancelled();
    }
}
