package vn.motcua.devices.printer;

import java.awt.image.BufferedImage;
import java.util.Objects;
import vn.motcua.core.queue.PrintedTicket;

/** A ticket and the 1-bit raster that goes (or, in training mode, would go) to the printer. */
public record RenderedTicket(PrintedTicket ticket, BufferedImage image) {
    public RenderedTicket {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(image, "image");
    }
}
