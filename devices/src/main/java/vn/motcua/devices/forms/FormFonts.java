package vn.motcua.devices.forms;

import vn.motcua.devices.fonts.BundledFonts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.motcua.devices.forms.TemplateBlock.TextStyle;

/**
 * The bundled DejaVu Sans faces embedded (as subsets) into one form document. Italic is drawn by slanting the
 * upright face, as DejaVu Sans Oblique is not bundled. A character the font lacks prints as "?" instead of
 * failing the whole form.
 */
final class FormFonts {
    private static final byte[] REGULAR = read(BundledFonts.REGULAR_RESOURCE);
    private static final byte[] BOLD = read(BundledFonts.BOLD_RESOURCE);

    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private FormFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static FormFonts embedIn(PDDocument document) {
        try {
            return new FormFonts(PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true),
                    PDType0Font.load(document, new ByteArrayInputStream(BOLD), true));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed the form fonts", e);
        }
    }

    PDFont font(TextStyle style) {
        return style.bold() ? bold : regular;
    }

    /** Width in points. */
    float width(String text, TextStyle style, float size) {
        try {
            return font(style).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure form text", e);
        }
    }

    /** The text with tabs and line ends as spaces and characters missing from the font as "?". */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::inBothFaces)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean inBothFaces(int codePoint) {
        String ch = Character.toString(codePoint);
        try {
            regular.encode(ch);
            bold.encode(ch);
            return !Character.isISOControl(codePoint);
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = FormFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the devices jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
