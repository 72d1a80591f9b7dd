package vn.motcua.devices.scan.virtual;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled DejaVu Sans faces, so every Vietnamese letter renders whatever fonts the machine has. */
final class DocumentFonts {
    private static final Font REGULAR = load("/vn/motcua/devices/fonts/DejaVuSans.ttf");
    private static final Font BOLD = load("/vn/motcua/devices/fonts/DejaVuSans-Bold.ttf");

    private DocumentFonts() {
    }

    static Font regular(float pixels) {
        return REGULAR.deriveFont(pixels);
    }

    static Font bold(float pixels) {
        return BOLD.deriveFont(pixels);
    }

    private static Font load(String resource) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
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
