package vn.motcua.devices.printer;

/** Why a ticket was not printed; the key is the resource-bundle key the app shows to staff. */
public enum PrinterProblem {
    OFFLINE("printer.offline"),
    COVER_OPEN("printer.coverOpen"),
    PAPER_OUT("printer.paperOut"),
    ERROR("printer.error"),
    /** The printer did not answer the status request and the settings say not to print blind. */
    SILENT("printer.silent"),
    /** The connection could not be opened at all. */
    UNREACHABLE("printer.unreachable"),
    /** The connection broke or stalled while talking to the printer. */
    IO_ERROR("printer.ioError");

    private final String key;

    PrinterProblem(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
