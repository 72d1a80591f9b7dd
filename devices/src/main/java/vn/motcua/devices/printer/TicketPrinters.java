package vn.motcua.devices.printer;

import vn.motcua.core.queue.TicketPrinter;

/** Builds the kiosk's ticket printer from its settings. */
public final class TicketPrinters {
    private TicketPrinters() {
    }

    /** A {@link VirtualTicketPrinter} for {@link PrinterKind#VIRTUAL}, otherwise an {@link EscPosTicketPrinter}. */
    public static TicketPrinter create(PrinterSettings settings) {
        return settings.kind() == PrinterKind.VIRTUAL
                ? new VirtualTicketPrinter(settings.paperWidth(), settings.whenSilent())
                : new EscPosTicketPrinter(settings);
    }
}
