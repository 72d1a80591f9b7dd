package vn.motcua.devices.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders the sample Mẫu 01 and Mẫu 02 as PNG images for the documentation ({@code docs/forms/}). Not part of
 * the normal run: {@code mvn -pl devices test -Dtest=FormImages -Dforms.images=../docs/forms}.
 */
@Tag("docs")
@EnabledIfSystemProperty(named = "forms.images", matches = ".+")
class FormImages {
    private static final float DPI = 110;

    @Test
    void writeSampleImages() throws Exception {
        Path folder = Path.of(System.getProperty("forms.images"));
        Files.createDirectories(folder);
        FormRenderer renderer = new FormRenderer(FormTemplates.bundled());
        write(new FormPdf(renderer.render(SampleForms.receipt(), Copies.only(2))), folder.resolve("mau-01.png"));
        write(new FormPdf(renderer.render(SampleForms.supplementRequest())), folder.resolve("mau-02.png"));
    }

    private static void write(FormPdf pdf, Path file) throws Exception {
        assertThat(ImageIO.write(pdf.image(0, DPI), "png", file.toFile())).isTrue();
    }
}
