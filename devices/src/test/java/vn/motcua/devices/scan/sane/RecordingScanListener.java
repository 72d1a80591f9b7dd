package vn.motcua.devices.scan.sane;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanListener;

/** Keeps every page and progress event; cancels when its rule says so. */
public final class RecordingScanListener implements ScanListener {
    public record Progress(int pageIndex, double fraction) {
    }

    private final List<RawPage> pages = new ArrayList<>();
    private final List<Progress> progress = new ArrayList<>();
    private final Predicate<RecordingScanListener> cancelWhen;
    private Runnable onPage = () -> { };
    private Runnable onProgress = () -> { };

    public RecordingScanListener() {
        this(listener -> false);
    }

    public RecordingScanListener(Predicate<RecordingScanListener> cancelWhen) {
        this.cancelWhen = cancelWhen;
    }

    public RecordingScanListener onPage(Runnable action) {
        this.onPage = action;
        return this;
    }

    public RecordingScanListener onProgress(Runnable action) {
        this.onProgress = action;
        return this;
    }

    @Override
    public void page(RawPage page) {
        pages.add(page);
        onPage.run();
    }

    @Override
    public void progress(int pageIndex, double fraction) {
        progress.add(new Progress(pageIndex, fraction));
        onProgress.run();
    }

    @Override
    public boolean cancelled() {
        return cancelWhen.test(this);
    }

    public List<RawPage> pages() {
        return pages;
    }

    public List<Progress> progress() {
        return progress;
    }

    /** The last progress fraction of the page being read, 0 before any. */
    public double lastFraction() {
        return progress.isEmpty() ? 0 : progress.getLast().fraction();
    }
}
