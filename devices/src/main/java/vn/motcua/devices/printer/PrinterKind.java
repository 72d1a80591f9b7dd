package vn.motcua.devices.printer;

/** How the ticket printer is reached. */
public enum PrinterKind {
    /** ESC/POS over TCP, normally port 9100. */
    TCP,
    /** ESC/POS over a serial port (RS-232 or USB-CDC). */
    SERIAL,
    /** ESC/POS written to a Linux USB printer device file such as /dev/usb/lp0. */
    USB_FILE,
    /** No hardware: training mode shows the ticket on screen. */
    VIRTUAL
}
