package vn.motcua.devices.pages;

import vn.motcua.core.scan.ScanSettings.ColorMode;

/** Rendering never invents colour: a grey scan asked for in colour stays grey. */
final class RenderingOutput {
    private RenderingOutput() {
    }

    static ColorMode of(ColorMode raw, ColorMode wanted) {
        return wanted.ordinal() <= raw.ordinal() ? wanted : raw;
    }
}
