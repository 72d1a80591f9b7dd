package vn.motcua.devices.scan.escl;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Element;
import vn.motcua.core.scan.ScanBatchResult.Problem;

/**
 * The scanner's answer to {@code GET /eSCL/ScannerStatus}: its state and, when it has a feeder, the feeder's
 * state as sent (e.g. {@code ScannerAdfLoaded}, {@code ScannerAdfEmpty}, {@code ScannerAdfJam}), or "".
 */
public record EsclStatus(State state, String adfState) {

    public enum State { IDLE, PROCESSING, TESTING, STOPPED, DOWN, UNKNOWN }

    private static final String WHAT = "ScannerStatus";

    public EsclStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(adfState, "adfState");
    }

    /** A jam, an open feeder door or an empty feeder, as the batch result would name it. */
    public Optional<Problem> feederProblem() {
        return switch (adfState) {
            case "ScannerAdfJam", "ScannerAdfMispick" -> Optional.of(Problem.JAMMED);
            case "ScannerAdfDoorOpen", "ScannerAdfHatchOpen" -> Optional.of(Problem.COVER_OPEN);
            case "ScannerAdfEmpty" -> Optional.of(Problem.NO_DOCUMENTS);
            default -> Optional.empty();
        };
    }

    /** A jam or an open door: the clerk must act before anything else can be scanned. */
    public Optional<Problem> blockingProblem() {
        return feederProblem().filter(p -> p != Problem.NO_DOCUMENTS);
    }

    /** @throws EsclException when the XML is malformed */
    public static EsclStatus parse(byte[] xml, String origin) throws EsclException {
        Element root = EsclXml.parse(xml, WHAT, WHAT + " from " + origin);
        String state = EsclXml.text(root, "State").orElse("");
        return new EsclStatus(stateOf(state), EsclXml.text(root, "AdfState").orElse(""));
    }

    private static State stateOf(String wire) {
        try {
            return wire.isEmpty() ? State.UNKNOWN : State.valueOf(wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return State.UNKNOWN;
        }
    }
}
