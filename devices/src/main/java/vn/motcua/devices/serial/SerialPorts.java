package vn.motcua.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The machine's serial ports (USB-CDC QR readers and keypads, USB-serial adapters, COM ports) as the settings
 * screen offers them, and a check that one can be opened. Slow (the operating system is asked): call off the
 * JavaFX thread.
 */
public final class SerialPorts {
    /** errno values jSerialComm reports from open(2) on Linux. */
    private static final int NO_SUCH_FILE = 2;
    private static final int PERMISSION_DENIED = 13;
    private static final int BUSY = 16;

    private SerialPorts() {
    }

    /** The ports the system lists now, by system path ({@code /dev/ttyACM0}, {@code COM4}), sorted. */
    public static List<String> available() {
        return Arrays.stream(SerialPort.getCommPorts()).map(SerialPort::getSystemPortPath).filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    /**
     * Opens the port and closes it at once: proves the path names a serial device this account may use and no
     * other program holds. Nothing is written to the device.
     */
    public static PortCheck check(String path) {
        Objects.requireNonNull(path, "path");
        String name = path.strip();
        if (name.isEmpty()) {
            return new PortCheck(PortCheck.Outcome.MISSING, 0);
        }
        if (name.startsWith("/") && !Files.exists(Path.of(name))) {
            return new PortCheck(PortCheck.Outcome.MISSING, NO_SUCH_FILE);
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(name);
        } catch (SerialPortInvalidPortException e) {
            return new PortCheck(PortCheck.Outcome.MISSING, 0);
        }
        if (port.openPort()) {
            port.closePort();
            return new PortCheck(PortCheck.Outcome.OPENED, 0);
        }
        int error = port.getLastErrorCode();
        return new PortCheck(switch (error) {
            case NO_SUCH_FILE -> PortCheck.Outcome.MISSING;
            case PERMISSION_DENIED -> PortCheck.Outcome.DENIED;
            case BUSY -> PortCheck.Outcome.BUSY;
            default -> PortCheck.Outcome.FAILED;
        }, error);
    }

    /**
     * @param errorCode the operating system's error number when opening failed (0 when not known)
     */
    public record PortCheck(Outcome outcome, int errorCode) {
        public PortCheck {
            Objects.requireNonNull(outcome, "outcome");
        }

        public enum Outcome {
            /** Opened and closed again. */
            OPENED,
            /** No such port on this machine. */
            MISSING,
            /** The account may not open it (on Linux: not in the {@code dialout} group). */
            DENIED,
            /** Another program holds it. */
            BUSY,
            /** Some other failure; see the error code. */
            FAILED
        }

        public boolean opened() {
            return outcome == Outcome.OPENED;
        }
    }
}
