package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.CounterState;
import vn.motcua.core.queue.NewTicket;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueTransaction;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketId;
import vn.motcua.core.queue.TicketNumber;
import vn.motcua.core.rating.NewRating;
import vn.motcua.core.rating.Rating;
import vn.motcua.store.StoreException;

/**
 * One queue change on the writer connection inside {@code BEGIN IMMEDIATE}: SQLite's write lock is held from
 * the first read, so what is read here (a lane's head, the next number, a counter's state) cannot change under
 * it, in this process or any other.
 */
final class SqliteQueueTransaction implements QueueTransaction {
    private static final String ADVANCE_NUMBER = """
            INSERT INTO ticket_sequence (prefix, day, last_issued) VALUES (?, ?, 1)
            ON CONFLICT (prefix, day) DO UPDATE SET last_issued = last_issued + 1
            RETURNING last_issued""";
    private static final String LANE_HEAD = TicketRows.SELECT
            + "WHERE status = 'WAITING' AND reserved_for IS NULL AND service_id = ? AND priority_group = ?"
            + TicketRows.QUEUE_ORDER + " LIMIT 1";
    private static final String RESERVED_HEAD = TicketRows.SELECT
            + "WHERE status = 'WAITING' AND reserved_for = ? AND priority_group = ?" + TicketRows.QUEUE_ORDER
            + " LIMIT 1";
    private static final String SAVE_STATE = """
            INSERT INTO queue_counter_state (counter_number, paused, normals_since_priority) VALUES (?, ?, ?)
            ON CONFLICT (counter_number) DO UPDATE SET
                paused = excluded.paused, normals_since_priority = excluded.normals_since_priority""";
    private static final String INSERT_EVENT = """
            INSERT INTO ticket_event (ticket_id, kind, at, counter_number, clerk, service_id, note)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final Connection connection;
    private final SqlCall<QueueConfiguration> configurationSource;
    private QueueConfiguration configuration;

    SqliteQueueTransaction(Connection connection, SqlCall<QueueConfiguration> configurationSource) {
        this.connection = connection;
        this.configurationSource = configurationSource;
    }

    @FunctionalInterface
    interface SqlCall<T> {
        T run() throws SQLException;
    }

    private static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new StoreException("Queue store transaction failed: " + e.getMessage(), e);
        }
    }

    /** Read once per transaction: it cannot change while the write lock is held. */
    @Override
    public QueueConfiguration configuration() {
        if (configuration == null) {
            configuration = unchecked(configurationSource);
        }
        return configuration;
    }

    @Override
    public CounterState counterState(int counter) {
        return unchecked(() -> SqliteQueueStore.counterState(connection, counter));
    }

    @Override
    public void saveCounterState(CounterState state) {
        unchecked(() -> QueueSql.execute(connection, SAVE_STATE, statement -> {
            statement.setInt(1, state.counter());
            statement.setInt(2, Columns.flag(state.paused()));
            statement.setInt(3, state.normalsSincePriority());
        }));
    }

    @Override
    public Optional<Ticket> ticket(TicketId id) {
        return unchecked(() -> SqliteQueueStore.ticket(connection, id));
    }

    @Override
    public Optional<Ticket> activeTicketAt(int counter) {
        return unchecked(() -> QueueSql.first(connection,
                TicketRows.SELECT + "WHERE held_by = ? AND status IN ('CALLED', 'SERVING')",
                statement -> statement.setInt(1, counter), TicketRows::read));
    }

    @Override
    public List<Ticket> heads(Counter counter) {
        return unchecked(() -> {
            List<Ticket> heads = new ArrayList<>();
            for (PriorityGroup group : PriorityGroup.values()) {
                for (ServiceId service : counter.services()) {
                    QueueSql.first(connection, LANE_HEAD, statement -> {
                        statement.setString(1, service.value());
                        statement.setString(2, group.name());
                    }, TicketRows::read).ifPresent(heads::add);
                }
                QueueSql.first(connection, RESERVED_HEAD, statement -> {
                    statement.setInt(1, counter.number());
                    statement.setString(2, group.name());
                }, TicketRows::read).ifPresent(heads::add);
            }
            return heads;
        });
    }

    @Override
    public List<Ticket> ticketsNumbered(TicketNumber number) {
        return unchecked(() -> QueueSql.list(connection,
                TicketRows.SELECT + "WHERE prefix = ? AND sequence = ? ORDER BY day DESC, id DESC", statement -> {
                    statement.setString(1, number.prefix());
                    statement.setInt(2, number.sequence());
                }, TicketRows::read));
    }

    @Override
    public List<Ticket> unfinishedUpTo(LocalDate day) {
        return unchecked(() -> QueueSql.list(connection,
                TicketRows.SELECT + "WHERE day <= ? AND status NOT IN ('FINISHED', 'CANCELLED', 'CLOSED') ORDER BY id",
                statement -> statement.setString(1, day.toString()), TicketRows::read));
    }

    @Override
    public int issuedCount(ServiceId service, LocalDate day) {
        return unchecked(() -> QueueSql.count(connection,
                "SELECT count(*) FROM ticket WHERE service_id = ? AND day = ? AND walk_in = 0 AND status <> 'CANCELLED'",
                statement -> {
                    statement.setString(1, service.value());
                    statement.setString(2, day.toString());
                }));
    }

    @Override
    public int waitingCount(ServiceId service, Set<PriorityGroup> groups) {
        String in = groups.stream().map(group -> "'" + group.name() + "'").collect(Collectors.joining(", "));
        return unchecked(() -> QueueSql.count(connection, "SELECT count(*) FROM ticket WHERE status = 'WAITING' "
                + "AND reserved_for IS NULL AND service_id = ? AND priority_group IN (" + in + ")",
                statement -> statement.setString(1, service.value())));
    }

    @Override
    public List<Duration> recentServiceTimes(ServiceId service, int limit) {
        return unchecked(() -> QueueSql.list(connection,
                "SELECT seconds FROM queue_service_time WHERE service_id = ? ORDER BY finished_at DESC, id DESC LIMIT ?",
                statement -> {
                    statement.setString(1, service.value());
                    statement.setInt(2, limit);
                }, rows -> Duration.ofSeconds(rows.getLong(1))));
    }

    /** One upsert under the write lock: no other thread or process can read the same last number. */
    @Override
    public int nextNumber(String prefix, LocalDate day) {
        return unchecked(() -> QueueSql.first(connection, ADVANCE_NUMBER, statement -> {
            statement.setString(1, prefix);
            statement.setString(2, day.toString());
        }, rows -> rows.getInt(1)).orElseThrow(() -> new SQLException("The ticket sequence upsert returned no row")));
    }

    /** The id is max + 1, safe because the write lock is held; a PostgreSQL store would use a sequence. */
    @Override
    public Ticket insert(NewTicket ticket) {
        return unchecked(() -> {
            long id = QueueSql.first(connection, "SELECT coalesce(max(id), 0) + 1 FROM ticket", QueueSql.NOTHING,
                    rows -> rows.getLong(1)).orElseThrow();
            Ticket stored = ticket.withId(new TicketId(id));
            QueueSql.execute(connection, TicketRows.INSERT, statement -> TicketRows.bind(statement, stored));
            return stored;
        });
    }

    @Override
    public void update(Ticket ticket) {
        int updated = unchecked(() -> QueueSql.execute(connection, TicketRows.UPDATE,
                statement -> TicketRows.bind(statement, ticket)));
        if (updated != 1) {
            throw new StoreException("Ticket " + ticket.id() + " is not stored");
        }
    }

    @Override
    public void record(TicketEvent event) {
        unchecked(() -> QueueSql.execute(connection, INSERT_EVENT, statement -> {
            statement.setLong(1, event.ticket().value());
            statement.setString(2, event.kind().name());
            statement.setString(3, Columns.time(event.at()));
            QueueSql.setOptionalInt(statement, 4, event.counter());
            statement.setString(5, event.clerk().orElse(null));
            statement.setString(6, event.service().value());
            statement.setString(7, event.note());
        }));
    }

    @Override
    public void recordServiceTime(ServiceId service, LocalDateTime finishedAt, Duration serviceTime) {
        unchecked(() -> QueueSql.execute(connection,
                "INSERT INTO queue_service_time (service_id, finished_at, seconds) VALUES (?, ?, ?)", statement -> {
                    statement.setString(1, service.value());
                    statement.setString(2, Columns.time(finishedAt));
                    statement.setLong(3, Math.max(0, serviceTime.toSeconds()));
                }));
    }

    /** A rating that counts also queues its dossiers for the province here, in the same transaction. */
    @Override
    public Rating recordRating(NewRating rating) {
        return unchecked(() -> RatingRows.insert(connection, rating));
    }

    @Override
    public Optional<Rating> giveRatingReason(long ratingId, String reason) {
        return unchecked(() -> RatingRows.giveReason(connection, ratingId, reason));
    }
}
