package vn.motcua.devices.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans faces for Java2D: they cover every Vietnamese letter, so tickets and training scans
 * never depend on the fonts of the machine or on a printer's code pages. (PDFs embed the same files.)
 */
public final class BundledFonts {
    public static final String REGULAR_RESOURCE = "/vn/motcua/devices/fonts/DejaVuSans.ttf";
    public static final String BOLD_RESOURCE = "/vn/motcua/devices/fonts/DejaVuSans-Bold.ttf";

    private static final Font REGULAR = load(REGULAR_RESOURCE);
    private static final Font BOLD = load(BOLD_RESOURCE);

    private BundledFonts() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the devices jar: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Broken font " + resource, e);
        }
    }
}
