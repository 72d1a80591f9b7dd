package vn.motcua.devices.printer;

/** Thermal ticket paper: its printable width in dots at 203 dpi, and how large text is set on it. */
public enum PaperWidth {
    MM58(58, 384, 0.75f),
    MM80(80, 576, 1.0f);

    private final int millimetres;
    private final int dots;
    private final float textScale;

    PaperWidth(int millimetres, int dots, float textScale) {
        this.millimetres = millimetres;
        this.dots = dots;
        this.textScale = textScale;
    }

    public int millimetres() {
        return millimetres;
    }

    public int dots() {
        return dots;
    }

    /** Text on 58 mm paper is scaled less than the width so that it stays readable. */
    float textScale() {
        return textScale;
    }

    public static PaperWidth ofMillimetres(int millimetres) {
        for (PaperWidth width : values()) {
            if (width.millimetres == millimetres) {
                return width;
            }
        }
        throw new IllegalArgumentException("Paper width must be 58 or 80 mm, not " + millimetres);
    }
}
