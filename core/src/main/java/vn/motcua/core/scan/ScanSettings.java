package vn.motcua.core.scan;

import java.util.Objects;

/** A scan profile's settings. */
public record ScanSettings(Source source, int dpi, ColorMode colorMode, PaperSize paper) {
    public enum Source { FLATBED, FEEDER, FEEDER_DUPLEX }

    public enum ColorMode { BLACK_WHITE, GRAY, COLOR }

    public enum PaperSize { A4, A5, LETTER }

    public ScanSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(colorMode, "colorMode");
        Objects.requireNonNull(paper, "paper");
        if (dpi < 75 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be 75..1200");
        }
    }
}
