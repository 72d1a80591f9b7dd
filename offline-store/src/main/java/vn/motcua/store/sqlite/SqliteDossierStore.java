package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.common.FoldedText;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.Channel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DossierStore;
import vn.motcua.core.dossier.DossierSummary;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.RegisterFilter;
import vn.motcua.core.dossier.RegisterRow;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.StatusChange;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.store.FileNotStoredException;
import vn.motcua.store.StaleDossierException;

/**
 * Dossiers in SQLite. A save is one FULL-sync transaction: the dossier row, its fees, components and file
 * links are rewritten whole, and only the status history rows not yet stored are appended, so history is
 * never rewritten.
 */
public final class SqliteDossierStore implements DossierStore {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDossierStore.class);
    private static final String UPSERT = """
            INSERT INTO dossier (code, agency, day, sequence, procedure_code, procedure_name, owner_type, owner_name,
                                 owner_name_folded, owner_identifier, owner_address, owner_phone, owner_email, sets,
                                 channel, delivery, received_at, due_at, received_by, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET
                procedure_code = excluded.procedure_code, procedure_name = excluded.procedure_name,
                owner_type = excluded.owner_type, owner_name = excluded.owner_name,
                owner_name_folded = excluded.owner_name_folded, owner_identifier = excluded.owner_identifier,
                owner_address = excluded.owner_address, owner_phone = excluded.owner_phone,
                owner_email = excluded.owner_email, sets = excluded.sets, channel = excluded.channel,
                delivery = excluded.delivery, received_at = excluded.received_at, due_at = excluded.due_at,
                received_by = excluded.received_by, status = excluded.status""";
    private static final String SUMMARY_COLUMNS = """
            SELECT agency, day, sequence, procedure_name, owner_name, owner_identifier, status, received_at, due_at
            FROM dossier""";
    private static final String NEWEST_FIRST = " ORDER BY received_at DESC, code DESC LIMIT ?";
    /** The period is a range on received_at, so the dossier_newest_first index serves it. */
    private static final String REGISTER_COLUMNS = """
            SELECT d.agency, d.day, d.sequence, d.procedure_name, d.sets, d.owner_name, d.owner_address, d.owner_phone,
                   d.received_at, d.due_at, d.status, last.actor AS last_actor, last.note AS last_note,
                   (SELECT min(r.at) FROM dossier_status_change r
                    WHERE r.dossier_code = d.code AND r.to_status = 'RESULT_RETURNED'
                      AND r.from_status IS NOT 'RESULT_RETURNED') AS returned_at
            FROM dossier d
            JOIN dossier_status_change last ON last.dossier_code = d.code
                 AND last.position = (SELECT max(position) FROM dossier_status_change WHERE dossier_code = d.code)
            WHERE d.received_at >= ? AND d.received_at < ?""";

    private final Database database;

    public SqliteDossierStore(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    /** Saves the dossier and queues it for the province ({@code sync_outbox}) in the same transaction. */
    @Override
    public void save(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        int appended = database.write(Durability.FULL, connection -> {
            int rows = write(connection, dossier);
            SqliteOutbox.enqueue(connection, dossier.code().value(), "SAVED");
            return rows;
        });
        LOG.debug("Saved dossier {} ({} new status rows)", dossier.code(), appended);
    }

    /**
     * Saves a change that came from the province (a pulled status or a conflict note) without queueing it: the
     * province already has it, and echoing it back could overwrite a newer state there.
     */
    public void saveFromProvince(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        database.write(Durability.FULL, connection -> write(connection, dossier));
    }

    @Override
    public Optional<Dossier> find(DossierCode code) {
        Objects.requireNonNull(code, "code");
        return database.read(connection -> load(connection, code));
    }

    @Override
    public List<DossierSummary> search(String text, int limit) {
        if (limit < 1) {
            return List.of();
        }
        String raw = text == null ? "" : text.strip();
        if (raw.isEmpty()) {
            return database.read(connection -> summaries(connection, SUMMARY_COLUMNS + NEWEST_FIRST, limit));
        }
        String sql = SUMMARY_COLUMNS + " WHERE code LIKE ? ESCAPE '\\' OR owner_identifier LIKE ? ESCAPE '\\'"
                + " OR owner_name_folded LIKE ? ESCAPE '\\'" + NEWEST_FIRST;
        return database.read(connection -> summaries(connection, sql, limit, Columns.containing(raw),
                Columns.containing(raw), Columns.containing(FoldedText.of(raw))));
    }

    @Override
    public List<RegisterRow> register(RegisterFilter filter, int limit) {
        Objects.requireNonNull(filter, "filter");
        if (limit < 1) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(REGISTER_COLUMNS);
        List<String> arguments = new ArrayList<>(List.of(Columns.time(filter.from().atStartOfDay()),
                Columns.time(filter.to().plusDays(1).atStartOfDay())));
        narrow(sql, arguments, filter);
        sql.append(" ORDER BY d.received_at, d.code LIMIT ?");
        return database.read(connection -> registerRows(connection, sql.toString(), arguments, limit));
    }

    /** Adds the filter's optional conditions, with their arguments in order. */
    private static void narrow(StringBuilder sql, List<String> arguments, RegisterFilter filter) {
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND d.status IN (").append("?, ".repeat(filter.statuses().size() - 1)).append("?)");
            filter.statuses().stream().map(Enum::name).sorted().forEach(arguments::add);
        }
        filter.procedure().ifPresent(code -> {
            sql.append(" AND d.procedure_code = ?");
            arguments.add(code.value());
        });
        if (!filter.text().isEmpty()) {
            sql.append(" AND (d.code LIKE ? ESCAPE '\\' OR d.owner_name_folded LIKE ? ESCAPE '\\')");
            arguments.add(Columns.containing(filter.text()));
            arguments.add(Columns.containing(filter.foldedText()));
        }
    }

    @Override
    public int count() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM dossier");
                    ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /** @return the number of status rows appended */
    private static int write(Connection connection, Dossier dossier) throws SQLException {
        String code = dossier.code().value();
        requireFilesStored(connection, dossier);
        List<StatusChange> stored = history(connection, code);
        if (stored.size() > dossier.history().size()
                || !stored.equals(dossier.history().subList(0, stored.size()))) {
            throw new StaleDossierException(code, stored.size(), dossier.history().size());
        }
        upsertRow(connection, dossier);
        deleteChildren(connection, code);
        OrderedRows.insertFees(connection, "dossier_fee", "dossier_code", code, dossier.fees());
        writeComponents(connection, code, dossier.components());
        appendHistory(connection, code, dossier.history(), stored.size());
        return dossier.history().size() - stored.size();
    }

    /** Checked first for a clear message; the foreign key on dossier_component_file would refuse it anyway. */
    private static void requireFilesStored(Connection connection, Dossier dossier) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM stored_file WHERE sha256 = ?")) {
            for (StoredFileRef file : dossier.files()) {
                query.setString(1, file.sha256());
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new FileNotStoredException(dossier.code().value(), file.sha256());
                    }
                }
            }
        }
    }

    private static void upsertRow(Connection connection, Dossier dossier) throws SQLException {
        DossierOwner owner = dossier.owner();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, dossier.code().value());
            upsert.setString(2, dossier.code().agency().value());
            upsert.setString(3, dossier.code().day().toString());
            upsert.setInt(4, dossier.code().sequence());
            upsert.setString(5, dossier.procedureCode().value());
            upsert.setString(6, dossier.procedureName());
            upsert.setString(7, owner.type().name());
            upsert.setString(8, owner.name());
            upsert.setString(9, FoldedText.of(owner.name()));
            upsert.setString(10, owner.identifier());
            upsert.setString(11, owner.address());
            upsert.setString(12, owner.phone());
            upsert.setString(13, owner.email());
            upsert.setInt(14, dossier.sets());
            upsert.setString(15, dossier.channel().name());
            upsert.setString(16, dossier.delivery().name());
            upsert.setString(17, Columns.time(dossier.receivedAt()));
            Columns.setOptionalTime(upsert, 18, dossier.dueAt());
            upsert.setString(19, dossier.receivedBy());
            upsert.setString(20, dossier.status().name());
            upsert.executeUpdate();
        }
    }

    /** Component file links go with their components (ON DELETE CASCADE). */
    private static void deleteChildren(Connection connection, String code) throws SQLException {
        for (String table : List.of("dossier_fee", "dossier_component")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE dossier_code = ?")) {
                delete.setString(1, code);
                delete.executeUpdate();
            }
        }
    }

    private static void writeComponents(Connection connection, String code, List<DossierComponent> components)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO dossier_component (dossier_code, position, code, name, form, quantity, digitised, reused,
                                               from_national_store)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < components.size(); i++) {
                DossierComponent component = components.get(i);
                insert.setString(1, code);
                insert.setInt(2, i);
                insert.setString(3, component.code());
                insert.setString(4, component.name());
                insert.setString(5, component.form().name());
                insert.setInt(6, component.quantity());
                insert.setInt(7, Columns.flag(component.digitised()));
                insert.setInt(8, Columns.flag(component.reused()));
                insert.setInt(9, Columns.flag(component.fromNationalStore()));
                insert.executeUpdate();
                writeFiles(connection, code, i, component.files());
            }
        }
    }

    private static void writeFiles(Connection connection, String code, int component, List<StoredFileRef> files)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO dossier_component_file (dossier_code, component_position, position, sha256, size,
                                                    media_type, file_name)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < files.size(); i++) {
                StoredFileRef file = files.get(i);
                insert.setString(1, code);
                insert.setInt(2, component);
                insert.setInt(3, i);
                insert.setString(4, file.sha256());
                insert.setLong(5, file.size());
                insert.setString(6, file.mediaType());
                insert.setString(7, file.fileName());
                insert.executeUpdate();
            }
        }
    }

    private static void appendHistory(Connection connection, String code, List<StatusChange> history, int from)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO dossier_status_change (dossier_code, position, from_status, to_status, at, actor, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = from; i < history.size(); i++) {
                StatusChange change = history.get(i);
                insert.setString(1, code);
                insert.setInt(2, i);
                insert.setString(3, change.from() == null ? null : change.from().name());
                insert.setString(4, change.to().name());
                insert.setString(5, Columns.time(change.at()));
                insert.setString(6, change.actor());
                insert.setString(7, change.note());
                insert.executeUpdate();
            }
        }
    }

    private static Optional<Dossier> load(Connection connection, DossierCode code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM dossier WHERE code = ?")) {
            query.setString(1, code.value());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Dossier(code,
                        new ProcedureCode(row.getString("procedure_code")),
                        row.getString("procedure_name"),
                        owner(row),
                        components(connection, code.value()),
                        fees(connection, code.value()),
                        row.getInt("sets"),
                        Channel.valueOf(row.getString("channel")),
                        ResultDelivery.valueOf(row.getString("delivery")),
                        Columns.time(row.getString("received_at")),
                        Columns.optionalTime(row, "due_at"),
                        row.getString("received_by"),
                        history(connection, code.value())));
            }
        }
    }

    private static DossierOwner owner(ResultSet row) throws SQLException {
        return new DossierOwner(OwnerType.valueOf(row.getString("owner_type")), row.getString("owner_name"),
                row.getString("owner_identifier"), row.getString("owner_address"), row.getString("owner_phone"),
                row.getString("owner_email"));
    }

    private static List<Fee> fees(Connection connection, String code) throws SQLException {
        List<Fee> fees = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, amount_vnd FROM dossier_fee WHERE dossier_code = ? ORDER BY position")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    fees.add(new Fee(rows.getString(1), rows.getLong(2)));
                }
            }
        }
        return fees;
    }

    private static List<DossierComponent> components(Connection connection, String code) throws SQLException {
        List<DossierComponent> components = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM dossier_component WHERE dossier_code = ? ORDER BY position")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    components.add(new DossierComponent(rows.getString("code"), rows.getString("name"),
                            DocumentForm.valueOf(rows.getString("form")), rows.getInt("quantity"),
                            rows.getInt("digitised") == 1, rows.getInt("reused") == 1,
                            rows.getInt("from_national_store") == 1,
                            files(connection, code, rows.getInt("position"))));
                }
            }
        }
        return components;
    }

    private static List<StoredFileRef> files(Connection connection, String code, int component) throws SQLException {
        List<StoredFileRef> files = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT sha256, size, media_type, file_name FROM dossier_component_file
                WHERE dossier_code = ? AND component_position = ? ORDER BY position""")) {
            query.setString(1, code);
            query.setInt(2, component);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    files.add(new StoredFileRef(rows.getString(1), rows.getLong(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
        }
        return files;
    }

    private static List<StatusChange> history(Connection connection, String code) throws SQLException {
        List<StatusChange> history = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM dossier_status_change WHERE dossier_code = ? ORDER BY position")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String from = rows.getString("from_status");
                    history.add(new StatusChange(from == null ? null : DossierStatus.valueOf(from),
                            DossierStatus.valueOf(rows.getString("to_status")), Columns.time(rows.getString("at")),
                            rows.getString("actor"), rows.getString("note")));
                }
            }
        }
        return history;
    }

    private static List<DossierSummary> summaries(Connection connection, String sql, int limit, String... patterns)
            throws SQLException {
        List<DossierSummary> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < patterns.length; i++) {
                query.setString(i + 1, patterns[i]);
            }
            query.setInt(patterns.length + 1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(summary(rows));
                }
            }
        }
        return found;
    }

    private static List<RegisterRow> registerRows(Connection connection, String sql, List<String> arguments,
            int limit) throws SQLException {
        List<RegisterRow> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.size(); i++) {
                query.setString(i + 1, arguments.get(i));
            }
            query.setInt(arguments.size() + 1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(registerRow(found.size() + 1, rows));
                }
            }
        }
        return found;
    }

    private static RegisterRow registerRow(int number, ResultSet row) throws SQLException {
        return new RegisterRow(number, code(row), row.getString("procedure_name"), row.getInt("sets"),
                row.getString("owner_name"), row.getString("owner_address"), row.getString("owner_phone"),
                Columns.time(row.getString("received_at")), Columns.optionalTime(row, "due_at"),
                DossierStatus.valueOf(row.getString("status")), Columns.optionalTime(row, "returned_at"),
                row.getString("last_actor"), row.getString("last_note"));
    }

    private static DossierCode code(ResultSet row) throws SQLException {
        return new DossierCode(new AgencyCode(row.getString("agency")), LocalDate.parse(row.getString("day")),
                row.getInt("sequence"));
    }

    private static DossierSummary summary(ResultSet row) throws SQLException {
        return new DossierSummary(code(row), row.getString("procedure_name"), row.getString("owner_name"),
                row.getString("owner_identifier"), DossierStatus.valueOf(row.getString("status")),
                Columns.time(row.getString("received_at")), Columns.optionalTime(row, "due_at"));
    }
}
