package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.account.Role;
import vn.motcua.core.account.UserAccount;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.demo.DemoCatalogue;

class MigrationsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-05T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path databaseFile() {
        return dir.resolve(OfflineStore.DATABASE_FILE);
    }

    @Test
    void anEmptyDatabaseGetsEveryScriptInOrder() throws SQLException {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            assertThat(store.health().schemaVersion()).isEqualTo(MigrationScripts.bundled().latestVersion());
        }
        List<List<String>> rows = appliedRows();
        List<MigrationScript> scripts = MigrationScripts.bundled().all();
        assertThat(rows).hasSize(scripts.size()).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < scripts.size(); i++) {
            assertThat(rows.get(i).get(0)).isEqualTo(Integer.toString(i + 1));
            assertThat(rows.get(i).get(2)).isEqualTo(scripts.get(i).sha256());
        }
        assertThat(scalar("PRAGMA user_version")).isEqualTo(scripts.size());
        assertThat(scalar("SELECT count(*) FROM sqlite_schema WHERE name IN ('procedure', 'dossier', 'stored_file')"))
                .isEqualTo(3);
        assertThat(scalar("SELECT count(*) FROM sqlite_schema WHERE name IN ('ticket', 'ticket_event', 'queue_service')"))
                .isEqualTo(3);
    }

    @Test
    void anExistingDatabaseKeepsItsDataAndGetsTheNewerScripts() throws SQLException {
        var procedure = DemoCatalogue.procedures().getFirst();
        try (Database database = Database.open(databaseFile())) {
            assertThat(new Migrations(MigrationScripts.bundled().upTo(1), CLOCK).apply(database)).isEqualTo(1);
            new SqliteCatalogueStore(database).save(procedure);
            new SqliteAccountStore(database).save(new UserAccount("canbo.a", "Cán bộ A", Set.of(Role.CLERK),
                    "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$7FfsnA6vUe7qLpL/3Kqc3uR48ZJyFbUVt7jWZlf0Htk", false,
                    true, 0, Optional.empty()));
        }
        assertThat(scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'dossier'")).isZero();

        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            assertThat(store.health().schemaVersion()).isEqualTo(MigrationScripts.bundled().latestVersion());
            assertThat(store.catalogue().find(new ProcedureCode(procedure.code().value()))).contains(procedure);
            assertThat(store.accounts().find("canbo.a")).isPresent();
            var dossier = SampleDossiers.received(SampleDossiers.code(1), SampleDossiers.owner("Trần Thị Bình",
                    "079301000001"), java.time.LocalDateTime.of(2025, 11, 5, 8, 0), List.of());
            store.dossiers().save(dossier);
            assertThat(store.dossiers().find(dossier.code())).contains(dossier);
        }
        assertThat(appliedRows()).extracting(row -> row.get(0)).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, MigrationScripts.bundled().latestVersion())
                        .mapToObj(Integer::toString).toList());
    }

    @Test
    void reopeningAnUpToDateDatabaseChangesNothing() throws SQLException {
        OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE).close();
        List<List<String>> before = appliedRows();

        OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE).close();
        OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE).close();

        assertThat(appliedRows()).isEqualTo(before);
    }

    @Test
    void anAppliedScriptThatWasEditedStopsTheStartWithAClearMessage() throws SQLException {
        OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE).close();
        List<MigrationScript> edited = new ArrayList<>(MigrationScripts.bundled().all());
        MigrationScript first = edited.getFirst();
        edited.set(0, MigrationScript.of("V001__catalogue_and_accounts.sql", first.sql() + "\n-- an innocent edit\n"));

        try (Database database = Database.open(databaseFile())) {
            assertThatThrownBy(() -> new Migrations(MigrationScripts.of(edited), CLOCK).apply(database))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V001 (catalogue and accounts)")
                    .hasMessageContaining("was changed after it was applied")
                    .hasMessageContaining(first.sha256());
        }
        assertThat(appliedRows()).hasSize(MigrationScripts.bundled().latestVersion());
    }

    @Test
    void aTamperedChecksumInTheDatabaseAlsoStopsTheStart() throws SQLException {
        OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE).close();
        update("UPDATE schema_migration SET sha256 = 'deadbeef' WHERE version = 2");

        assertThatThrownBy(() -> OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V002")
                .hasMessageContaining("checksum recorded deadbeef");
    }

    @Test
    void aDatabaseFromANewerDeskIsRefusedAndLeftUnchanged() throws SQLException {
        OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE).close();
        int future = MigrationScripts.bundled().latestVersion() + 1;
        update("INSERT INTO schema_migration VALUES (" + future + ", 'from the future', 'abc', '2030-01-01T00:00:00Z')");

        assertThatThrownBy(() -> OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("newer MotCua Desk")
                .hasMessageContaining("schema version " + future);
        assertThat(appliedRows()).hasSize(future);
    }

    @Test
    void aFailingScriptIsRolledBackWhole() throws SQLException {
        MigrationScript good = MigrationScripts.bundled().all().getFirst();
        MigrationScript bad = MigrationScript.of("V002__half_done.sql",
                "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");

        try (Database database = Database.open(databaseFile())) {
            assertThatThrownBy(() -> new Migrations(MigrationScripts.of(List.of(good, bad)), CLOCK).apply(database))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V002 (half done) failed and was rolled back");
        }
        assertThat(scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")).isZero();
        assertThat(appliedRows()).extracting(row -> row.get(0)).containsExactly("1");
    }

    @Test
    void aSqliteFileOfAnotherProgramIsRefused() throws SQLException {
        update("CREATE TABLE someone_elses (id INTEGER)");

        assertThatThrownBy(() -> OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("not a MotCua Desk database");
    }

    @Test
    void scriptNamesGiveVersionAndDescriptionAndLineEndingsDoNotChangeTheChecksum() {
        MigrationScript unix = MigrationScript.of("V007__add_outbox.sql", "CREATE TABLE a (x);\nCREATE TABLE b (y);\n");
        MigrationScript windows = MigrationScript.of("V007__add_outbox.sql", "CREATE TABLE a (x);\r\nCREATE TABLE b (y);\r\n");

        assertThat(unix.version()).isEqualTo(7);
        assertThat(unix.description()).isEqualTo("add outbox");
        assertThat(windows.sha256()).isEqualTo(unix.sha256());
        assertThatThrownBy(() -> MigrationScript.of("V1_bad.sql", "")).isInstanceOf(MigrationException.class);
        assertThatThrownBy(() -> MigrationScripts.of(List.of(unix))).hasMessageContaining("without gaps");
    }

    private List<List<String>> appliedRows() throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT version, description, sha256, applied_at FROM schema_migration ORDER BY version")) {
            while (result.next()) {
                rows.add(List.of(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4)));
            }
        }
        return rows;
    }

    private int scalar(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getInt(1) : -1;
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
    }
}
