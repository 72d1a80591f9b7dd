package vn.motcua.store.sync;

import java.time.Clock;
import java.util.Objects;
import vn.motcua.core.sync.ProvinceUnavailableException;

/**
 * The settings screen's test of the provincial connection: one sign-in ({@code DangNhap}) with the address and
 * account as typed, through the same transport the sync uses (OAuth gateway included). Blocks for at most the
 * settings' timeouts: call it off the JavaFX thread. The detail never holds the password or a token.
 */
public final class ProvinceSignIn {
    private ProvinceSignIn() {
    }

    public static Result check(SyncSettings settings) {
        Objects.requireNonNull(settings, "settings");
        var connection = new ProvinceConnection(settings, ProvinceConnection.httpClient(settings), Clock.systemUTC());
        try {
            ProvinceAnswer answer = connection.signInAnswer();
            if (answer.is(ProvinceAnswer.SUCCESS) && !answer.data().path("session").asText("").isEmpty()) {
                return new Result(Outcome.SIGNED_IN, "");
            }
            return new Result(Outcome.REFUSED, (answer.errorCode() + " " + answer.message()).strip());
        } catch (ProvinceUnavailableException e) {
            return new Result(Outcome.UNREACHABLE, Objects.requireNonNullElse(e.getMessage(), ""));
        }
    }

    public enum Outcome {
        /** The province accepted the account. */
        SIGNED_IN,
        /** The province answered and refused the account (wrong user name or password, unknown agency). */
        REFUSED,
        /** No answer: wrong address, no network, a proxy's error page, a gateway that refused its credentials. */
        UNREACHABLE
    }

    /** @param detail the province's code and message, or what went wrong on the way; empty when signed in */
    public record Result(Outcome outcome, String detail) {
        public Result {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
