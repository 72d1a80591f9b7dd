package vn.motcua.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The stylesheet's colours are looked-up variables defined once in {@code .root}: a variable used but not
 * defined there, defined but never used, or defined anywhere else fails; so does a literal colour outside
 * {@code .root} or an inline style in Java code.
 */
class ThemeStylesheetTest {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern ROOT_BLOCK = Pattern.compile("(?m)^\\.root\\s*\\{([^}]*)}");
    private static final Pattern DEFINITION = Pattern.compile("(-mc-[a-z0-9-]+)\\s*:");
    private static final Pattern REFERENCE = Pattern.compile("-mc-[a-z0-9-]+");
    private static final Pattern LITERAL_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(|\\bhsba?\\(");

    private static String css;
    private static String root;
    private static String rest;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(Theme.STYLESHEET)) {
            assertThat(in).isNotNull();
            css = COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
        }
        Matcher block = ROOT_BLOCK.matcher(css);
        assertThat(block.find()).as(".root block").isTrue();
        root = block.group(1);
        rest = css.substring(0, block.start()) + css.substring(block.end());
        assertThat(block.find()).as("exactly one .root block").isFalse();
    }

    private static Set<String> definitions(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Every mention that is not the left-hand side of a definition. */
    private static List<String> references(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(DEFINITION.matcher(text).replaceAll(":"));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyVariableUsedIsDefinedInRoot() {
        Set<String> defined = definitions(root);
        Set<String> undefined = new TreeSet<>(references(css));
        undefined.removeAll(defined);
        assertThat(defined).hasSizeGreaterThan(10);
        assertThat(undefined).as("colour variables used but not defined in .root").isEmpty();
    }

    @Test
    void everyVariableDefinedIsUsed() {
        Set<String> unused = new TreeSet<>(definitions(root));
        unused.removeAll(references(css));
        assertThat(unused).as("colour variables defined in .root but never used").isEmpty();
    }

    @Test
    void variablesAreDefinedOnlyInRootAndColoursOnlyThere() {
        assertThat(definitions(rest)).as("colour variables defined outside .root").isEmpty();
        Matcher literal = LITERAL_COLOUR.matcher(rest);
        List<String> literals = new ArrayList<>();
        while (literal.find()) {
            literals.add(literal.group());
        }
        assertThat(literals).as("literal colours outside .root").isEmpty();
    }

    @Test
    void javaCodeLeavesStylingToTheStylesheet() throws IOException {
        List<Path> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("setStyle(")) {
                    inline.add(file);
                }
            }
        }
        assertThat(inline).as("inline styles in Java code").isEmpty();
    }

    @Test
    void theBundledVietnameseFontsLoad() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Font> fonts = Theme.loadFonts();
        assertThat(fonts).hasSize(2);
        assertThat(fonts).extracting(Font::getFamily).containsOnly(Theme.FONT_FAMILY);
        assertThat(fonts).extracting(Font::getName).containsExactly("DejaVu Sans", "DejaVu Sans Bold");
        assertThat(Font.font(Theme.FONT_FAMILY, 13).getFamily()).isEqualTo(Theme.FONT_FAMILY);
        assertThat(Theme.class.getResource("/vn/motcua/devices/fonts/LICENSE-DejaVu.txt")).as("licence shipped with the fonts").isNotNull();
        assertThat(css).contains("-fx-font-family: \"" + Theme.FONT_FAMILY + "\"");
    }
}
