package vn.motcua.devices.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.core.scan.RawPage;

/**
 * Two-sided documents on a single-sided feeder: the clerk scans the stack's fronts, turns the whole stack
 * over and scans the backs. The backs then arrive last sheet first, so sheet {@code i}'s back is
 * {@code backs[n - 1 - i]}. Pages are renumbered front, back, front, back… from {@code firstIndex}.
 */
public final class ManualDuplex {
    private ManualDuplex() {
    }

    /**
     * @throws IllegalArgumentException when the two passes have different page counts (a sheet was fed
     *         twice or not at all): the clerk rescans the backs
     */
    public static List<RawPage> interleave(List<RawPage> fronts, List<RawPage> backs, int firstIndex) {
        Objects.requireNonNull(fronts, "fronts");
        Objects.requireNonNull(backs, "backs");
        if (fronts.size() != backs.size()) {
            throw new IllegalArgumentException("The fronts pass has " + fronts.size()
                    + " pages but the backs pass has " + backs.size() + "; scan the backs again");
        }
        int sheets = fronts.size();
        List<RawPage> pages = new ArrayList<>(2 * sheets);
        for (int sheet = 0; sheet < sheets; sheet++) {
            pages.add(renumbered(fronts.get(sheet), firstIndex + pages.size()));
            pages.add(renumbered(backs.get(sheets - 1 - sheet), firstIndex + pages.size()));
        }
        return List.copyOf(pages);
    }

    public static List<RawPage> interleave(List<RawPage> fronts, List<RawPage> backs) {
        return interleave(fronts, backs, 0);
    }

    static RawPage renumbered(RawPage page, int index) {
        return page.index() == index ? page
                : new RawPage(index, page.width(), page.height(), page.dpi(), page.mode(), page.pixels());
    }
}
