package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DossierSummary;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StatusChange;
import vn.motcua.core.dossier.StoredFileRef;

/**
 * Kills a real writing process with SIGKILL (no shutdown hooks, no finally blocks) at random moments, five
 * times on the same data directory, then checks that everything stored is whole.
 */
class ProcessKillTest {
    private static final int KILLS = 5;

    @TempDir
    Path dir;

    @Test
    void storedDossiersAreWholeAfterTheWriterIsKilledMidWrite() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long started = System.nanoTime();
        int leftoversSeen = 0;
        for (int run = 0; run < KILLS; run++) {
            Process writer = startWriter(random.nextLong(), run);
            awaitReady(writer, run);
            Thread.sleep(300 + random.nextInt(1_200));
            assertThat(writer.isAlive()).as("writer still writing when killed (seed %d)", seed).isTrue();
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            leftoversSeen += temporaryFilesOnDisk().size();
        }
        System.out.printf("Kill test: %d kills in %d ms, %d temporary leftovers seen%n", KILLS,
                (System.nanoTime() - started) / 1_000_000, leftoversSeen);

        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            assertThat(pragma("PRAGMA integrity_check")).containsExactly("ok");
            assertThat(pragma("PRAGMA foreign_key_check")).isEmpty();
            assertThat(store.fileInventory().temporaryFiles()).as("temporary leftovers removed at open").isEmpty();
            assertThat(temporaryFilesOnDisk()).isEmpty();
            List<DossierSummary> all = store.dossiers().search("", Integer.MAX_VALUE);
            assertThat(all).as("the writer stored dossiers (seed %d)", seed).isNotEmpty();
            for (DossierSummary summary : all) {
                assertWhole(store, summary);
            }
            assertEveryRegisteredFileIsIntact();
            assertThat(store.fileInventory().missing()).isEmpty();
            System.out.printf("Kill test: %d whole dossiers, %d unreferenced files left by kills%n", all.size(),
                    store.fileInventory().unreferenced().size());
        }
    }

    private Process startWriter(long seed, int run) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DossierWritingProcess.class.getName(), dir.toString(), Long.toString(seed))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("writer-" + run + ".log").toFile())
                .start();
    }

    private void awaitReady(Process writer, int run) throws Exception {
        Path log = dir.resolve("writer-" + run + ".log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(DossierWritingProcess.READY)) {
                return;
            }
            if (!writer.isAlive()) {
                throw new AssertionError("The writer process exited early:\n" + Files.readString(log));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The writer process did not start:\n" + Files.readString(log));
    }

    private static void assertWhole(OfflineStore store, DossierSummary summary) throws Exception {
        Dossier dossier = store.dossiers().find(summary.code()).orElseThrow();
        assertThat(dossier.components()).as("components of %s", dossier.code()).hasSize(dossier.sets());
        assertThat(dossier.files()).hasSize(dossier.sets());
        for (StoredFileRef file : dossier.files()) {
            assertThat(store.files().contains(file)).isTrue();
            try (InputStream in = store.files().open(file).orElseThrow()) {
                byte[] bytes = in.readAllBytes();
                assertThat(bytes).hasSize((int) file.size());
                assertThat(sha256(bytes)).isEqualTo(file.sha256());
            }
        }
        List<DossierStatus> statuses = dossier.history().stream().map(StatusChange::to).toList();
        assertThat(List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.PROCESSED))
                .as("history of %s", dossier.code()).startsWith(statuses.toArray(DossierStatus[]::new));
        assertThat(summary.status()).as("status column follows history").isEqualTo(dossier.status());
    }

    private void assertEveryRegisteredFileIsIntact() throws Exception {
        for (String sha : pragma("SELECT sha256 FROM stored_file")) {
            Path file = dir.resolve(OfflineStore.FILES_DIRECTORY).resolve(sha.substring(0, 2)).resolve(sha);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(sha256(bytes)).isEqualTo(sha);
        }
    }

    private List<Path> temporaryFilesOnDisk() throws IOException {
        Path root = dir.resolve(OfflineStore.FILES_DIRECTORY);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (var entries = Files.list(root)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".partial-")).toList();
        }
    }

    private List<String> pragma(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(OfflineStore.DATABASE_FILE));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
