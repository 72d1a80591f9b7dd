package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.SequenceBlock;

/** Three real processes (two child JVMs and this one) issue codes for the same agency and day at once. */
class CrossProcessSequenceTest {
    private static final int PER_PROCESS = 2_000;

    @TempDir
    Path dir;

    @Test
    void processesSharingADataDirectoryNeverIssueTheSameNumber() throws Exception {
        Path data = dir.resolve("data");
        Path start = dir.resolve("start");
        OfflineStore.open(data, SequenceBlock.WHOLE_RANGE).close(); // migrate once, before the race
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            children.add(startChild(data, start, i));
        }
        for (int i = 0; i < children.size(); i++) {
            awaitReady(children.get(i), i);
        }
        long started = System.nanoTime();
        List<Integer> mine = new ArrayList<>();
        try (OfflineStore store = OfflineStore.open(data, SequenceBlock.WHOLE_RANGE)) {
            DossierCodeIssuer issuer = new DossierCodeIssuer(SampleDossiers.AGENCY, store.dossierSequence(),
                    Clock.fixed(SequenceIssuingProcess.NOW, ZoneId.of("Asia/Ho_Chi_Minh")));
            Files.createFile(start);
            for (int i = 0; i < PER_PROCESS; i++) {
                mine.add(issuer.next().sequence());
            }
        }
        List<Integer> all = new ArrayList<>(mine);
        for (int i = 0; i < children.size(); i++) {
            assertThat(children.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(children.get(i).exitValue()).as(Files.readString(log(i))).isZero();
            Files.readAllLines(dir.resolve("issued-" + i + ".txt")).forEach(line -> all.add(Integer.parseInt(line)));
        }
        System.out.printf("Sequence: %d codes from 3 processes in %d ms%n", all.size(),
                (System.nanoTime() - started) / 1_000_000);

        assertThat(all.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, 3 * PER_PROCESS).boxed().toList());
        assertThat(mine).isSorted();
    }

    private Process startChild(Path data, Path start, int index) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SequenceIssuingProcess.class.getName(), data.toString(), Integer.toString(PER_PROCESS),
                start.toString(), dir.resolve("issued-" + index + ".txt").toString())
                .redirectErrorStream(true)
                .redirectOutput(log(index).toFile())
                .start();
    }

    private Path log(int index) {
        return dir.resolve("issuer-" + index + ".log");
    }

    private void awaitReady(Process child, int index) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log(index)) && Files.readString(log(index)).contains(SequenceIssuingProcess.READY)) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("The issuing process exited early:\n" + Files.readString(log(index)));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The issuing process did not start:\n" + Files.readString(log(index)));
    }
}
