package vn.motcua.core.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The sync engine's state for the user interface.
 *
 * @param backlog     outbox entries still to send
 * @param rejected    dossiers whose last change the province refused, waiting for the clerk
 * @param lastSuccess when the province last accepted something
 * @param lastError   the last failure, without personal data; empty after a success
 */
public record SyncStatus(ConnectionState connection, int backlog, int rejected, Optional<Instant> lastSuccess,
        Optional<String> lastError) {
    public SyncStatus {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastError, "lastError");
    }
}
