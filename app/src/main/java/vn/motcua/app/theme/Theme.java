package vn.motcua.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's look: one stylesheet whose colours are looked-up variables defined once in {@code .root},
 * and the bundled DejaVu Sans so Vietnamese diacritics render the same on every machine.
 */
public final class Theme {
    public static final String FONT_FAMILY = "DejaVu Sans";
    static final String STYLESHEET = "motcua.css";
    /** The same files the ticket printer renders with (module devices), so screen and paper look alike. */
    static final List<String> FONT_FILES = List.of("/vn/motcua/devices/fonts/DejaVuSans.ttf",
            "/vn/motcua/devices/fonts/DejaVuSans-Bold.ttf");

    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static volatile List<Font> loadedFonts;

    private Theme() {
    }

    /** Registers the bundled fonts with JavaFX (once); call before the first scene is shown. */
    public static synchronized List<Font> loadFonts() {
        if (loadedFonts != null) {
            return loadedFonts;
        }
        List<Font> fonts = new ArrayList<>();
        for (String file : FONT_FILES) {
            try (InputStream in = Theme.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled font missing: " + file);
                }
                Font font = Font.loadFont(in, 13);
                if (font == null) {
                    LOG.warn("JavaFX could not load the bundled font {}", file);
                } else {
                    fonts.add(font);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loadedFonts = List.copyOf(fonts);
        return loadedFonts;
    }

    public static String stylesheet() {
        URL url = Objects.requireNonNull(Theme.class.getResource(STYLESHEET), STYLESHEET);
        return url.toExternalForm();
    }

    /** Loads the fonts and puts the desk's stylesheet on the scene. */
    public static void apply(Scene scene) {
        loadFonts();
        String sheet = stylesheet();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
    }
}
