package vn.motcua.devices.printer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.queue.PrintOutcome;
import vn.motcua.core.queue.PrintedTicket;
import vn.motcua.core.queue.PrinterStatus;
import vn.motcua.core.queue.TicketPrinter;

/**
 * The training-mode printer: renders tickets exactly as the real printer would and keeps the last one for
 * the screen. Its status is set by hand so that trainers can show what happens when paper runs out.
 * Listeners are called on the printing thread; a JavaFX view must hop to the FX thread itself.
 */
public final class VirtualTicketPrinter implements TicketPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(VirtualTicketPrinter.class);

    private final TicketRenderer renderer;
    private final WhenSilent whenSilent;
    private final List<Consumer<RenderedTicket>> listeners = new CopyOnWriteArrayList<>();
    private volatile PrinterStatus status = PrinterStatus.READY;
    private volatile RenderedTicket last;

    public VirtualTicketPrinter(PaperWidth paper) {
        this(paper, WhenSilent.PRINT);
    }

    public VirtualTicketPrinter(PaperWidth paper, WhenSilent whenSilent) {
        this.renderer = new TicketRenderer(paper);
        this.whenSilent = Objects.requireNonNull(whenSilent, "whenSilent");
    }

    public void setStatus(PrinterStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    @Override
    public PrintOutcome print(PrintedTicket ticket) {
        PrinterStatus before = status;
        Optional<PrinterProblem> refusal = whenSilent.refusal(before);
        if (refusal.isPresent()) {
            return PrintOutcome.failed(before, refusal.get().key());
        }
        RenderedTicket rendered = new RenderedTicket(ticket, renderer.render(ticket));
        last = rendered;
        for (Consumer<RenderedTicket> listener : listeners) {
            try {
                listener.accept(rendered);
            } catch (RuntimeException e) {
                LOG.warn("Ticket preview listener failed", e);
            }
        }
        return PrintOutcome.printed(before);
    }

    /** The last ticket "printed", with its raster, or empty before the first. */
    public Optional<RenderedTicket> lastTicket() {
        return Optional.ofNullable(last);
    }

    public void addListener(Consumer<RenderedTicket> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<RenderedTicket> listener) {
        listeners.remove(listener);
    }
}
