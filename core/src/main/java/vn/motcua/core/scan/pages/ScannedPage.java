package vn.motcua.core.scan.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of a scan batch: the raw image it came from, the edits recorded on it, what analysis found
 * (absent until the pipeline has looked) and the dossier component it belongs to (absent until assigned).
 */
public record ScannedPage(String id, RawPageRef raw, List<PageStep> steps, Optional<PageAnalysis> analysis,
        Optional<String> componentCode) {

    public ScannedPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(componentCode, "componentCode");
        steps = List.copyOf(steps);
    }

    /** A freshly scanned page, named after its raw image. */
    public static ScannedPage of(RawPageRef raw) {
        return new ScannedPage(raw.id(), raw, List.of(), Optional.empty(), Optional.empty());
    }

    public PageTransform transform() {
        return PageTransform.of(steps);
    }

    /** True when analysis flagged the page blank; the clerk decides whether to delete it. */
    public boolean flaggedBlank() {
        return analysis.map(PageAnalysis::blank).orElse(false);
    }

    ScannedPage with(PageStep step) {
        if (step instanceof PageStep.Crop crop && !crop.fitsIn(raw.width(), raw.height())) {
            throw new IllegalArgumentException("The crop lies outside the raw page");
        }
        var more = new ArrayList<>(steps);
        more.add(step);
        return new ScannedPage(id, raw, more, analysis, componentCode);
    }

    ScannedPage withoutSteps() {
        return new ScannedPage(id, raw, List.of(), analysis, componentCode);
    }

    ScannedPage withAnalysis(PageAnalysis found) {
        return new ScannedPage(id, raw, steps, Optional.ofNullable(found), componentCode);
    }

    ScannedPage withComponent(String code) {
        return new ScannedPage(id, raw, steps, analysis, Optional.ofNullable(code));
    }
}
