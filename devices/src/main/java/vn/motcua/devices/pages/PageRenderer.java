package vn.motcua.devices.pages;

import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.pages.PageTransform;

/**
 * Applies a page's recorded steps to its raw image: deskew (bilinear, white fill) and crop in one pass,
 * then quarter turns, then the output mode's conversion. Line art that stays line art without quarter turns is
 * deskewed on its packed bits ({@link LineArtDeskew}). The raw page is never modified. Thread-safe.
 */
public final class PageRenderer {

    /** Renders in {@code wanted} mode, or the raw page's own mode when that has fewer colours. */
    public PageImage render(RawPage raw, PageTransform transform, ColorMode wanted) {
        ColorMode output = RenderingOutput.of(raw.mode(), wanted);
        if (output == ColorMode.BLACK_WHITE && raw.mode() == ColorMode.BLACK_WHITE
                && Math.floorMod(transform.quarterTurns(), 4) == 0) {
            return new PageImage(LineArtDeskew.render(raw, transform.deskewDegrees(), transform.crop().orElse(null)),
                    raw.dpi(), output);
        }
        boolean grey = output != ColorMode.COLOR;
        Plane plane = Plane.of(raw, grey);
        boolean lineArt = raw.mode() == ColorMode.BLACK_WHITE;
        plane = Resampling.deskewAndCrop(plane, transform.deskewDegrees(), transform.crop().orElse(null), lineArt);
        plane = Resampling.turn(plane, transform.quarterTurns());
        if (plane.data() == raw.pixels()) {
            plane = new Plane(plane.width(), plane.height(), plane.channels(), plane.data().clone());
        }
        var image = switch (output) {
            case GRAY -> plane.greyImage();
            case COLOR -> plane.colourImage();
            case BLACK_WHITE -> Binarisation.toBits(plane, lineArt
                    ? 128 : Binarisation.threshold(plane));
        };
        return new PageImage(image, raw.dpi(), output);
    }
}
