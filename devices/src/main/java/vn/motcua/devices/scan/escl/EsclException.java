package vn.motcua.devices.scan.escl;

import vn.motcua.core.scan.ScanBatchResult.Problem;

/** The scanner could not be asked or answered something unusable; {@link #problem()} is how a batch ends. */
public final class EsclException extends Exception {
    private final Problem problem;

    EsclException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    EsclException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
