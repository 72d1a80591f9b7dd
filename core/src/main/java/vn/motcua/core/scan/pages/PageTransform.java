package vn.motcua.core.scan.pages;

import java.util.List;
import java.util.Optional;

/**
 * The recorded steps of a page folded into what rendering does, in this order: deskew about the raw
 * page's centre (canvas size kept), crop, then clockwise quarter turns.
 */
public record PageTransform(double deskewDegrees, Optional<PageStep.Crop> crop, int quarterTurns) {
    public static final PageTransform NONE = new PageTransform(0, Optional.empty(), 0);

    public PageTransform {
        quarterTurns = Math.floorMod(quarterTurns, 4);
    }

    public static PageTransform of(List<PageStep> steps) {
        double deskew = 0;
        PageStep.Crop crop = null;
        int turns = 0;
        for (PageStep step : steps) {
            switch (step) {
                case PageStep.Rotate r -> turns += r.quarterTurns();
                case PageStep.Deskew d -> deskew = d.degrees();
                case PageStep.Crop c -> crop = c;
            }
        }
        return new PageTransform(deskew, Optional.ofNullable(crop), turns);
    }

    public boolean isIdentity() {
        return deskewDegrees == 0 && crop.isEmpty() && quarterTurns == 0;
    }

    /** Width and height of the rendered page, in pixels, for a raw page of the given size. */
    public int[] outputSize(int rawWidth, int rawHeight) {
        int w = crop.map(PageStep.Crop::width).orElse(rawWidth);
        int h = crop.map(PageStep.Crop::height).orElse(rawHeight);
        return quarterTurns % 2 == 0 ? new int[] {w, h} : new int[] {h, w};
    }
}
