package vn.motcua.devices.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import vn.motcua.devices.forms.Copies;
import vn.motcua.devices.forms.FormRenderer;
import vn.motcua.devices.forms.RegisterForm;

/**
 * The paper register: A4 landscape from the {@code so-theo-doi} form template, header row repeated and pages
 * numbered when it runs over, fonts embedded.
 */
public final class RegisterPdf {
    private final FormRenderer renderer;

    public RegisterPdf(FormRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    public byte[] render(RegisterForm register) {
        return renderer.render(register);
    }

    /** Replaces {@code target} whole, or leaves it as it was when writing fails. */
    public void write(RegisterForm register, Path target) {
        try {
            ExportedFile.write(target, out -> renderer.render(register, Copies.all(), out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the register to " + target, e);
        }
    }
}
