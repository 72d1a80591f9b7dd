package vn.motcua.store.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.queue.CallPolicy;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.IssuingWindow;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueOffice;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.ServiceId;

/** How the queue configuration is written to and read from its five tables, the same in both stores. */
public final class QueueConfigurationRows {
    private static final List<String> TABLES_CHILDREN_FIRST = List.of("queue_counter_service", "queue_counter",
            "queue_service_window", "queue_service", "queue_office");

    private final SqlDialect dialect;

    public QueueConfigurationRows(SqlDialect dialect) {
        this.dialect = dialect;
    }

    public boolean isEmpty(Connection connection) throws SQLException {
        return QueueSql.count(connection, "SELECT count(*) FROM queue_office", QueueSql.NOTHING) == 0;
    }

    /** Rises with every change; 0 while nothing is configured. */
    public long revision(Connection connection) throws SQLException {
        return QueueSql.first(connection, "SELECT revision FROM queue_office WHERE id = 1", QueueSql.NOTHING,
                rows -> rows.getLong(1)).orElse(0L);
    }

    public QueueConfiguration load(Connection connection) throws SQLException {
        Optional<Office> office = QueueSql.first(connection, "SELECT * FROM queue_office WHERE id = 1",
                QueueSql.NOTHING, QueueConfigurationRows::office);
        if (office.isEmpty()) {
            return QueueConfiguration.unconfigured();
        }
        return new QueueConfiguration(office.get().office(), office.get().policy(), services(connection),
                counters(connection));
    }

    /** Everything is deleted and written again, so call it in one transaction; the revision rises by one. */
    public void replace(Connection connection, QueueConfiguration configuration) throws SQLException {
        long revision = revision(connection) + 1;
        for (String table : TABLES_CHILDREN_FIRST) {
            QueueSql.execute(connection, "DELETE FROM " + table, QueueSql.NOTHING);
        }
        saveOffice(connection, configuration, revision);
        List<QueueService> services = configuration.services();
        for (int i = 0; i < services.size(); i++) {
            saveService(connection, services.get(i), i);
        }
        for (Counter counter : configuration.counters()) {
            saveCounter(connection, counter);
        }
    }

    private record Office(QueueOffice office, CallPolicy policy) {
    }

    private static Office office(ResultSet rows) throws SQLException {
        CallPolicy.PriorityRule rule = "STRICT".equals(rows.getString("priority_rule"))
                ? new CallPolicy.PriorityRule.Strict()
                : new CallPolicy.PriorityRule.Interleave(rows.getInt("normals_per_priority"));
        OptionalInt overdue = QueueSql.optionalInt(rows, "overdue_after_seconds");
        CallPolicy policy = new CallPolicy(rule, CallPolicy.ServiceOrder.valueOf(rows.getString("service_order")),
                overdue.isPresent() ? Optional.of(Duration.ofSeconds(overdue.getAsInt())) : Optional.empty(),
                rows.getInt("max_calls"), Duration.ofSeconds(rows.getLong("min_recall_gap_seconds")));
        return new Office(new QueueOffice(new AgencyCode(rows.getString("agency")), rows.getString("name")), policy);
    }

    private List<QueueService> services(Connection connection) throws SQLException {
        List<QueueService> services = new ArrayList<>();
        for (ServiceRow row : QueueSql.list(connection, "SELECT * FROM queue_service ORDER BY position", QueueSql.NOTHING,
                rows -> ServiceRow.read(rows, dialect))) {
            services.add(row.toService(windows(connection, row.id())));
        }
        return services;
    }

    private record ServiceRow(String id, String name, String prefix, OptionalInt dailyLimit, boolean keepOvernight,
            long typicalSeconds) {
        static ServiceRow read(ResultSet rows, SqlDialect dialect) throws SQLException {
            return new ServiceRow(rows.getString("id"), rows.getString("name"), rows.getString("prefix"),
                    QueueSql.optionalInt(rows, "daily_limit"), dialect.flag(rows, "keep_overnight"),
                    rows.getLong("typical_service_seconds"));
        }

        QueueService toService(List<IssuingWindow> windows) {
            return new QueueService(new ServiceId(id), name, prefix, windows, dailyLimit, keepOvernight,
                    Duration.ofSeconds(typicalSeconds));
        }
    }

    private List<IssuingWindow> windows(Connection connection, String serviceId) throws SQLException {
        return QueueSql.list(connection,
                "SELECT opens, closes FROM queue_service_window WHERE service_id = ? ORDER BY position",
                statement -> statement.setString(1, serviceId),
                rows -> new IssuingWindow(dialect.clockTime(rows, "opens"), dialect.clockTime(rows, "closes")));
    }

    private static List<Counter> counters(Connection connection) throws SQLException {
        List<Counter> counters = new ArrayList<>();
        for (CounterRow row : QueueSql.list(connection, "SELECT number, name FROM queue_counter ORDER BY number",
                QueueSql.NOTHING, rows -> new CounterRow(rows.getInt(1), rows.getString(2)))) {
            List<ServiceId> services = QueueSql.list(connection,
                    "SELECT service_id FROM queue_counter_service WHERE counter_number = ? ORDER BY position",
                    statement -> statement.setInt(1, row.number()), rows -> new ServiceId(rows.getString(1)));
            counters.add(new Counter(row.number(), row.name(), services));
        }
        return counters;
    }

    private record CounterRow(int number, String name) {
    }

    private void saveOffice(Connection connection, QueueConfiguration configuration, long revision)
            throws SQLException {
        CallPolicy policy = configuration.policy();
        QueueSql.execute(connection, """
                INSERT INTO queue_office (id, agency, name, priority_rule, normals_per_priority, service_order,
                                          overdue_after_seconds, max_calls, min_recall_gap_seconds, revision)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setString(1, configuration.office().agency().value());
            statement.setString(2, configuration.office().name());
            boolean strict = policy.priorityRule() instanceof CallPolicy.PriorityRule.Strict;
            statement.setString(3, strict ? "STRICT" : "INTERLEAVE");
            statement.setInt(4, policy.priorityRule() instanceof CallPolicy.PriorityRule.Interleave interleave
                    ? interleave.normalsPerPriority() : 1);
            statement.setString(5, policy.serviceOrder().name());
            if (policy.overdueAfter().isPresent()) {
                statement.setLong(6, policy.overdueAfter().get().toSeconds());
            } else {
                statement.setNull(6, Types.INTEGER);
            }
            statement.setInt(7, policy.maxCalls());
            statement.setLong(8, policy.minRecallGap().toSeconds());
            statement.setLong(9, revision);
        });
    }

    private void saveService(Connection connection, QueueService service, int position) throws SQLException {
        QueueSql.execute(connection, """
                INSERT INTO queue_service (id, position, name, prefix, daily_limit, keep_overnight,
                                           typical_service_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setString(1, service.id().value());
            statement.setInt(2, position);
            statement.setString(3, service.name());
            statement.setString(4, service.prefix());
            QueueSql.setOptionalInt(statement, 5, service.dailyLimit());
            dialect.setFlag(statement, 6, service.keepOvernight());
            statement.setLong(7, service.typicalServiceTime().toSeconds());
        });
        for (int i = 0; i < service.windows().size(); i++) {
            IssuingWindow window = service.windows().get(i);
            int windowPosition = i;
            QueueSql.execute(connection,
                    "INSERT INTO queue_service_window (service_id, position, opens, closes) VALUES (?, ?, ?, ?)",
                    statement -> {
                        statement.setString(1, service.id().value());
                        statement.setInt(2, windowPosition);
                        dialect.setClockTime(statement, 3, window.opens());
                        dialect.setClockTime(statement, 4, window.closes());
                    });
        }
    }

    private static void saveCounter(Connection connection, Counter counter) throws SQLException {
        QueueSql.execute(connection, "INSERT INTO queue_counter (number, name) VALUES (?, ?)", statement -> {
            statement.setInt(1, counter.number());
            statement.setString(2, counter.name());
        });
        for (int i = 0; i < counter.services().size(); i++) {
            int position = i;
            QueueSql.execute(connection,
                    "INSERT INTO queue_counter_service (counter_number, position, service_id) VALUES (?, ?, ?)",
                    statement -> {
                        statement.setInt(1, counter.number());
                        statement.setInt(2, position);
                        statement.setString(3, counter.services().get(position).value());
                    });
        }
    }
}
