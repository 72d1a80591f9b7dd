package vn.motcua.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.intake.DossierTickets;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.queue.TicketId;

/**
 * {@code dossier_ticket}: one row per dossier taken in on a ticket, seen through one queue store. Ticket ids are
 * only unique within the queue that issued them (the desk's own, or a centre's server, V012), so each instance
 * links into, and reads only the links of, its {@code queue}: after a desk changed mode, a link made in the other
 * mode is as if there were none, and the dossier itself is untouched.
 */
public final class SqliteDossierTickets implements DossierTickets {
    private final Database database;
    private final String queue;

    /** @param queue the queue store the tickets come from, {@link QueueLinks#LOCAL} or {@link QueueLinks#CENTRE} */
    public SqliteDossierTickets(Database database, String queue) {
        this.database = Objects.requireNonNull(database, "database");
        this.queue = QueueLinks.checked(queue);
    }

    @Override
    public void link(DossierCode dossier, ServedTicket ticket, String clerk, LocalDateTime at) {
        database.write(Durability.FULL, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dossier_ticket (dossier_code, ticket_id, counter, clerk, linked_at, queue)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_code) DO NOTHING""")) {
                insert.setString(1, dossier.value());
                insert.setLong(2, ticket.ticket().value());
                insert.setInt(3, ticket.counter());
                insert.setString(4, clerk);
                insert.setString(5, Columns.time(at));
                insert.setString(6, queue);
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ServedTicket> of(DossierCode dossier) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT ticket_id, counter FROM dossier_ticket WHERE dossier_code = ? AND queue = ?")) {
                query.setString(1, dossier.value());
                query.setString(2, queue);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(new ServedTicket(new TicketId(rows.getLong(1)), rows.getInt(2)))
                            : Optional.<ServedTicket>empty();
                }
            }
        });
    }

    @Override
    public List<DossierCode> dossiersOf(TicketId ticket) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT dossier_code FROM dossier_ticket WHERE queue = ? AND ticket_id = ?
                    ORDER BY linked_at, dossier_code""")) {
                query.setString(1, queue);
                query.setLong(2, ticket.value());
                List<DossierCode> codes = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        DossierCode.parse(rows.getString(1)).ifPresent(codes::add);
                    }
                }
                return codes;
            }
        });
    }
}
