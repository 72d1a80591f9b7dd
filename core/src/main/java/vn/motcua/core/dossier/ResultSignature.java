package vn.motcua.core.dossier;

import java.util.Objects;

/**
 * What the digital signatures of a result file say. Only the file's integrity and the signer named in the
 * certificate are checked here; whether the certificate chains to the national root (the signing service's CA)
 * is the handling agency's word and is not verified by the desk.
 *
 * @param signer the signer's name from the last signature's certificate; empty when unsigned or unreadable
 */
public record ResultSignature(State state, String signer) {

    public enum State {
        /** No digital signature (a scan, or an unsigned file). */
        UNSIGNED,
        /** Every signature matches and the last one covers the whole file. */
        INTACT,
        /** The signatures match, but content was added after the last one. */
        CHANGED_AFTER_SIGNING,
        /** A signature does not match the bytes it claims to cover, or cannot be read. */
        BROKEN
    }

    public ResultSignature {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(signer, "signer");
    }

    public static ResultSignature unsigned() {
        return new ResultSignature(State.UNSIGNED, "");
    }
}
