package vn.motcua.core.scan.pages;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.core.scan.RawPage;

/** Raw pages on the heap: for tests, training mode and flatbed scans of a few pages. */
public final class InMemoryRawPages implements RawPageStore {
    private final Map<String, RawPage> pages = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();

    @Override
    public RawPageRef keep(RawPage page) {
        var ref = new RawPageRef("raw-" + next.incrementAndGet(), page.width(), page.height(), page.dpi(), page.mode());
        pages.put(ref.id(), page);
        return ref;
    }

    @Override
    public RawPage load(RawPageRef ref) {
        RawPage page = pages.get(ref.id());
        if (page == null) {
            throw new NoSuchElementException("No raw page " + ref.id());
        }
        return page;
    }

    @Override
    public void discard(RawPageRef ref) {
        pages.remove(ref.id());
    }
}
