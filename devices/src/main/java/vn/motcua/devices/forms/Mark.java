package vn.motcua.devices.forms;

import com.google.zxing.common.BitMatrix;
import vn.motcua.devices.forms.TemplateBlock.TextStyle;

/** What the layout puts on a page, in points from the page's top-left corner; painted by {@link PagePainter}. */
sealed interface Mark {

    record Text(float x, float baseline, String text, TextStyle style, float size) implements Mark {
    }

    record Rule(float x1, float y1, float x2, float y2, float thickness) implements Mark {
    }

    /** A QR code: one square of {@code module} points per dark module, top-left at (x, y). */
    record Qr(float x, float y, float module, BitMatrix modules) implements Mark {
    }
}
