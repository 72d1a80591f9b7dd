package vn.motcua.devices.printer;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans faces: they cover every Vietnamese letter, so tickets never depend on the
 * fonts of the kiosk's operating system or on the printer's code pages.
 */
final class TicketFonts {
    static final String REGULAR_RESOURCE = "/vn/motcua/devices/fonts/DejaVuSans.ttf";
    static final String BOLD_RESOURCE = "/vn/motcua/devices/fonts/DejaVuSans-Bold.ttf";

    private static final Font REGULAR = load(REGULAR_RESOURCE);
    private static final Font BOLD = load(BOLD_RESOURCE);

    private TicketFonts() {
    }

    static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = TicketFonts.class.getResourceAsStream(resource)) {
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
