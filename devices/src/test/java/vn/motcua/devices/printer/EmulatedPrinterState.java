package vn.motcua.devices.printer;

/**
 * What an emulated ESC/POS printer reports to {@code DLE EOT n}; each answer carries the fixed bits
 * 0x12 that mark a real-time status reply.
 */
public enum EmulatedPrinterState {
    OK(0, 0, 0, 0),
    NEAR_END(0, 0, 0, 0x0C),
    PAPER_OUT(0x08, 0x20, 0, 0x6C),
    COVER_OPEN(0x08, 0x04, 0, 0),
    OFFLINE(0x08, 0, 0, 0),
    /** Autocutter jammed: an error, the printer went offline. */
    CUTTER_ERROR(0x08, 0x40, 0x08, 0),
    /** Never answers (a one-way printer), but still takes and records every byte. */
    SILENT(0, 0, 0, 0);

    private static final int FIXED_BITS = 0x12;
    private final int[] bits;

    EmulatedPrinterState(int printer, int offlineCause, int errorCause, int paper) {
        this.bits = new int[] {printer, offlineCause, errorCause, paper};
    }

    /** The reply byte to {@code DLE EOT n}, or -1 when this state does not answer. */
    public int reply(int n) {
        if (this == SILENT || n < 1 || n > 4) {
            return -1;
        }
        return FIXED_BITS | bits[n - 1];
    }
}
