package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.catalogue.CatalogueStore;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.FieldOfWork;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.catalogue.RequiredComponent;
import vn.motcua.core.catalogue.ResultType;
import vn.motcua.core.common.FoldedText;

/** The procedure catalogue in SQLite, searchable without accents through a stored folded name. */
public final class SqliteCatalogueStore implements CatalogueStore {
    private static final String UPSERT = """
            INSERT INTO procedure (code, name, name_folded, field_code, field_name, processing_amount,
                                   processing_unit, demo)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET
                name = excluded.name, name_folded = excluded.name_folded, field_code = excluded.field_code,
                field_name = excluded.field_name, processing_amount = excluded.processing_amount,
                processing_unit = excluded.processing_unit, demo = excluded.demo""";
    private static final List<String> CHILD_TABLES = List.of("procedure_component", "procedure_fee",
            "procedure_result");

    private final Database database;

    public SqliteCatalogueStore(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public void save(Procedure procedure) {
        Objects.requireNonNull(procedure, "procedure");
        database.write(Durability.FULL, connection -> {
            write(connection, procedure);
            return null;
        });
    }

    /**
     * Saves every procedure in one transaction, but only when the catalogue is empty; checked inside the same
     * write transaction, so two desks starting at once cannot both load.
     *
     * @return true when the procedures were saved
     */
    public boolean saveAllIfEmpty(List<Procedure> procedures) {
        return database.write(Durability.FULL, connection -> {
            if (count(connection) > 0) {
                return false;
            }
            for (Procedure procedure : procedures) {
                write(connection, procedure);
            }
            return true;
        });
    }

    @Override
    public Optional<Procedure> find(ProcedureCode code) {
        Objects.requireNonNull(code, "code");
        return database.read(connection -> load(connection, code.value()));
    }

    /** Every word of the text must appear in the code or the folded name; by name, then code. */
    @Override
    public List<Procedure> search(String text, int limit) {
        if (limit < 1) {
            return List.of();
        }
        List<String> words = Arrays.stream(FoldedText.of(text).split(" ")).filter(w -> !w.isEmpty()).toList();
        StringBuilder sql = new StringBuilder("SELECT code FROM procedure WHERE 1 = 1");
        words.forEach(w -> sql.append(" AND (lower(code) LIKE ? ESCAPE '\\' OR name_folded LIKE ? ESCAPE '\\')"));
        sql.append(" ORDER BY name_folded, code LIMIT ?");
        return database.read(connection -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                int index = 1;
                for (String word : words) {
                    query.setString(index++, Columns.containing(word));
                    query.setString(index++, Columns.containing(word));
                }
                query.setInt(index, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        codes.add(rows.getString(1));
                    }
                }
            }
            List<Procedure> found = new ArrayList<>(codes.size());
            for (String code : codes) {
                load(connection, code).ifPresent(found::add);
            }
            return found;
        });
    }

    @Override
    public int count() {
        return database.read(SqliteCatalogueStore::count);
    }

    private static int count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM procedure");
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void write(Connection connection, Procedure procedure) throws SQLException {
        String code = procedure.code().value();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, code);
            upsert.setString(2, procedure.name());
            upsert.setString(3, FoldedText.of(procedure.name()));
            upsert.setString(4, procedure.field().code());
            upsert.setString(5, procedure.field().name());
            upsert.setInt(6, procedure.processingTime().amount());
            upsert.setString(7, procedure.processingTime().unit().name());
            upsert.setInt(8, Columns.flag(procedure.demo()));
            upsert.executeUpdate();
        }
        for (String table : CHILD_TABLES) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE procedure_code = ?")) {
                delete.setString(1, code);
                delete.executeUpdate();
            }
        }
        writeComponents(connection, code, procedure.components());
        OrderedRows.insertFees(connection, "procedure_fee", "procedure_code", code, procedure.fees());
        writeResults(connection, code, procedure.results());
    }

    private static void writeComponents(Connection connection, String code, List<RequiredComponent> components)
            throws SQLException {
        OrderedRows.insert(connection, """
                INSERT INTO procedure_component (procedure_code, position, code, name, form, quantity, mandatory)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", code, components, (insert, component) -> {
            insert.setString(3, component.code());
            insert.setString(4, component.name());
            insert.setString(5, component.form().name());
            insert.setInt(6, component.quantity());
            insert.setInt(7, Columns.flag(component.mandatory()));
        });
    }

    private static void writeResults(Connection connection, String code, List<ResultType> results)
            throws SQLException {
        OrderedRows.insert(connection,
                "INSERT INTO procedure_result (procedure_code, position, code, name) VALUES (?, ?, ?, ?)",
                code, results, (insert, result) -> {
                    insert.setString(3, result.code());
                    insert.setString(4, result.name());
                });
    }

    private static Optional<Procedure> load(Connection connection, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM procedure WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Procedure(
                        new ProcedureCode(row.getString("code")),
                        row.getString("name"),
                        new FieldOfWork(row.getString("field_code"), row.getString("field_name")),
                        new ProcessingTime(row.getInt("processing_amount"),
                                ProcessingTime.Unit.valueOf(row.getString("processing_unit"))),
                        components(connection, code),
                        fees(connection, code),
                        results(connection, code),
                        row.getInt("demo") == 1));
            }
        }
    }

    private static List<RequiredComponent> components(Connection connection, String code) throws SQLException {
        List<RequiredComponent> components = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM procedure_component WHERE procedure_code = ? ORDER BY position")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    components.add(new RequiredComponent(rows.getString("code"), rows.getString("name"),
                            DocumentForm.valueOf(rows.getString("form")), rows.getInt("quantity"),
                            rows.getInt("mandatory") == 1));
                }
            }
        }
        return components;
    }

    private static List<Fee> fees(Connection connection, String code) throws SQLException {
        List<Fee> fees = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, amount_vnd FROM procedure_fee WHERE procedure_code = ? ORDER BY position")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    fees.add(new Fee(rows.getString(1), rows.getLong(2)));
                }
            }
        }
        return fees;
    }

    private static List<ResultType> results(Connection connection, String code) throws SQLException {
        List<ResultType> results = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code, name FROM procedure_result WHERE procedure_code = ? ORDER BY position")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    results.add(new ResultType(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return results;
    }
}
