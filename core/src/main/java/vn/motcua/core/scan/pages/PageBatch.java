package vn.motcua.core.scan.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The pages of one scan session in their order, with unlimited undo and redo. Every edit replaces an
 * immutable snapshot of the page list; undo restores the previous snapshot. Analysis results are facts
 * about raw pages, not edits: they arrive from the pipeline at any time and survive undo.
 *
 * <p>Safe to use from the scanning thread, the analysis worker and the UI thread at once.
 */
public final class PageBatch {
    /** Below this, a detected skew is noise, not worth a resampling pass. */
    public static final double MIN_DESKEW_DEGREES = 0.05;

    private List<ScannedPage> pages = List.of();
    private final Deque<List<ScannedPage>> undo = new ArrayDeque<>();
    private final Deque<List<ScannedPage>> redo = new ArrayDeque<>();
    private final Map<String, PageAnalysis> analyses = new HashMap<>();
    private final Set<RawPageRef> raws = new LinkedHashSet<>();

    /** Appends a freshly scanned page; undo removes it again (its raw page stays kept). */
    public synchronized ScannedPage add(RawPageRef raw) {
        ScannedPage page = ScannedPage.of(raw);
        if (indexOf(pages, page.id()) >= 0) {
            throw new IllegalArgumentException("The batch already has page " + page.id());
        }
        raws.add(raw);
        edit(list -> append(list, page));
        return page;
    }

    /** The pages in order, with what analysis has found so far. */
    public synchronized List<ScannedPage> pages() {
        return pages.stream().map(p -> p.withAnalysis(analyses.get(p.id()))).toList();
    }

    public synchronized ScannedPage page(String id) {
        return pages.get(require(pages, id)).withAnalysis(analyses.get(id));
    }

    public synchronized int size() {
        return pages.size();
    }

    /** The pages assigned to a dossier component, in batch order. */
    public synchronized List<ScannedPage> pagesOf(String componentCode) {
        return pages().stream().filter(p -> p.componentCode().filter(componentCode::equals).isPresent()).toList();
    }

    public synchronized List<String> blankPageIds() {
        return pages().stream().filter(ScannedPage::flaggedBlank).map(ScannedPage::id).toList();
    }

    /** Every raw page ever added, so the caller can discard them when the session ends. */
    public synchronized Set<RawPageRef> rawPages() {
        return Set.copyOf(raws);
    }

    public synchronized void recordAnalysis(String pageId, PageAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        analyses.put(pageId, analysis);
    }

    /** Moves the given pages, keeping their relative order, so that the first lands at {@code targetIndex}. */
    public synchronized void move(Collection<String> ids, int targetIndex) {
        Set<String> moving = requireAll(ids);
        edit(list -> {
            List<ScannedPage> moved = list.stream().filter(p -> moving.contains(p.id())).toList();
            List<ScannedPage> rest = new ArrayList<>(list.stream().filter(p -> !moving.contains(p.id())).toList());
            rest.addAll(Math.clamp(targetIndex, 0, rest.size()), moved);
            return rest;
        });
    }

    /**
     * Manual duplex: the first half holds the fronts, the second the backs; the result alternates them.
     * With {@code backsReversed} the backs were fed as the flipped stack, last back first.
     */
    public synchronized void interleave(boolean backsReversed) {
        edit(list -> {
            int split = (list.size() + 1) / 2;
            List<ScannedPage> fronts = list.subList(0, split);
            List<ScannedPage> backs = new ArrayList<>(list.subList(split, list.size()));
            if (backsReversed) {
                Collections.reverse(backs);
            }
            List<ScannedPage> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(i % 2 == 0 ? fronts.get(i / 2) : backs.get(i / 2));
            }
            return out;
        });
    }

    /** The inverse of {@link #interleave(boolean)}: odd-numbered pages first, then the even-numbered ones. */
    public synchronized void deinterleave(boolean backsReversed) {
        edit(list -> {
            List<ScannedPage> fronts = new ArrayList<>();
            List<ScannedPage> backs = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                (i % 2 == 0 ? fronts : backs).add(list.get(i));
            }
            if (backsReversed) {
                Collections.reverse(backs);
            }
            fronts.addAll(backs);
            return fronts;
        });
    }

    public synchronized void reverse() {
        edit(list -> {
            List<ScannedPage> out = new ArrayList<>(list);
            Collections.reverse(out);
            return out;
        });
    }

    public synchronized void delete(Collection<String> ids) {
        Set<String> gone = requireAll(ids);
        edit(list -> list.stream().filter(p -> !gone.contains(p.id())).toList());
    }

    /** Turns the pages by clockwise quarter turns (negative turns counter-clockwise). */
    public synchronized void rotate(Collection<String> ids, int quarterTurns) {
        if (Math.floorMod(quarterTurns, 4) != 0) {
            editPages(requireAll(ids), p -> p.with(new PageStep.Rotate(quarterTurns)));
        }
    }

    public synchronized void deskew(String id, double degrees) {
        editPages(requireAll(List.of(id)), p -> p.with(new PageStep.Deskew(degrees)));
    }

    /** Records a deskew by the detected skew on each analysed page that is noticeably skewed. */
    public synchronized void autoDeskew(Collection<String> ids) {
        Set<String> skewed = new HashSet<>();
        for (String id : requireAll(ids)) {
            PageAnalysis a = analyses.get(id);
            if (a != null && Math.abs(a.skewDegrees()) >= MIN_DESKEW_DEGREES) {
                skewed.add(id);
            }
        }
        editPages(skewed, p -> p.with(new PageStep.Deskew(analyses.get(p.id()).skewDegrees())));
    }

    public synchronized void crop(String id, PageStep.Crop crop) {
        editPages(requireAll(List.of(id)), p -> p.with(crop));
    }

    /** Drops every recorded step: the pages render as scanned again (undoable like any edit). */
    public synchronized void revert(Collection<String> ids) {
        editPages(requireAll(ids), ScannedPage::withoutSteps);
    }

    /** Assigns pages to a dossier component; {@code null} unassigns them. */
    public synchronized void assign(Collection<String> ids, String componentCode) {
        editPages(requireAll(ids), p -> p.withComponent(componentCode));
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    public synchronized boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(pages);
        pages = undo.pop();
        return true;
    }

    public synchronized boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(pages);
        pages = redo.pop();
        return true;
    }

    private void editPages(Set<String> ids, UnaryOperator<ScannedPage> change) {
        edit(list -> list.stream().map(p -> ids.contains(p.id()) ? change.apply(p) : p).toList());
    }

    private void edit(UnaryOperator<List<ScannedPage>> change) {
        List<ScannedPage> next = List.copyOf(change.apply(pages));
        if (next.equals(pages)) {
            return;
        }
        undo.push(pages);
        redo.clear();
        pages = next;
    }

    private Set<String> requireAll(Collection<String> ids) {
        Set<String> set = new HashSet<>();
        for (String id : ids) {
            require(pages, id);
            set.add(id);
        }
        return set;
    }

    private static List<ScannedPage> append(List<ScannedPage> list, ScannedPage page) {
        List<ScannedPage> out = new ArrayList<>(list);
        out.add(page);
        return out;
    }

    private static int require(List<ScannedPage> list, String id) {
        int index = indexOf(list, id);
        if (index < 0) {
            throw new NoSuchElementException("No page " + id + " in the batch");
        }
        return index;
    }

    private static int indexOf(List<ScannedPage> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
