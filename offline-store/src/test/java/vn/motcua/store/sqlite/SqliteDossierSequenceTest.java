package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.DossierSequence;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.SequenceExhaustedException;
import vn.motcua.store.OfflineStore;

class SqliteDossierSequenceTest {
    private static final AgencyCode AGENCY = new AgencyCode("H15.50.05.13");
    private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 23:59:59.5 in Hà Nội: the issuer must still use this day's date, not UTC's. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-05T16:59:59.500Z"), OFFICE);
    private static final LocalDate DAY = LocalDate.of(2025, 11, 5);

    @TempDir
    Path dir;

    @Test
    void numbersStartAtTheBlocksFirstAndEveryAgencyAndDayCountsAlone() {
        try (OfflineStore store = OfflineStore.open(dir, new SequenceBlock(2001, 3000))) {
            DossierSequence sequence = store.dossierSequence();

            assertThat(sequence.next(AGENCY, DAY)).isEqualTo(2001);
            assertThat(sequence.next(AGENCY, DAY)).isEqualTo(2002);
            assertThat(sequence.next(AGENCY, DAY.plusDays(1))).isEqualTo(2001);
            assertThat(sequence.next(new AgencyCode("000.00.12.H62"), DAY)).isEqualTo(2001);
            assertThat(sequence.next(AGENCY, DAY)).isEqualTo(2003);
        }
    }

    @Test
    void numbersSurviveARestart() {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            store.dossierSequence().next(AGENCY, DAY);
            store.dossierSequence().next(AGENCY, DAY);
        }
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            assertThat(store.dossierSequence().next(AGENCY, DAY)).isEqualTo(3);
        }
    }

    @Test
    void eightThreadsGetEightyThousandDistinctContiguousCodes() throws Exception {
        int threads = 8;
        int perThread = 10_000;
        SequenceBlock block = new SequenceBlock(1001, 999_999);
        try (OfflineStore store = OfflineStore.open(dir, block)) {
            DossierCodeIssuer issuer = new DossierCodeIssuer(AGENCY, store.dossierSequence(), CLOCK);
            long started = System.nanoTime();

            List<DossierCode> codes = concurrently(threads, perThread, issuer::next);

            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Sequence: %d codes from %d threads in %d ms%n", codes.size(), threads, millis);
            assertDistinctAndContiguous(codes, block.first(), threads * perThread);
            assertThat(codes).allSatisfy(code -> assertThat(code.day()).isEqualTo(DAY));
            assertThat(codes.stream().map(DossierCode::value).distinct().count()).isEqualTo(threads * perThread);
        }
    }

    /** Two stores on one file behave as two desk processes: only SQLite's lock keeps them apart. */
    @Test
    void twoStoresOnTheSameFileNeverIssueTheSameNumber() throws Exception {
        int perThread = 1_500;
        try (OfflineStore first = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
                OfflineStore second = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            DossierCodeIssuer one = new DossierCodeIssuer(AGENCY, first.dossierSequence(), CLOCK);
            DossierCodeIssuer two = new DossierCodeIssuer(AGENCY, second.dossierSequence(), CLOCK);
            long started = System.nanoTime();

            List<DossierCode> codes = concurrently(4, perThread, worker -> worker % 2 == 0 ? one.next() : two.next());

            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Sequence: %d codes from 2 stores × 2 threads in %d ms%n", codes.size(), millis);
            assertDistinctAndContiguous(codes, 1, 4 * perThread);
        }
    }

    @Test
    void anExhaustedBlockRefusesAndIssuesNothingMore() {
        try (OfflineStore store = OfflineStore.open(dir, new SequenceBlock(5, 7))) {
            DossierSequence sequence = store.dossierSequence();
            assertThat(List.of(sequence.next(AGENCY, DAY), sequence.next(AGENCY, DAY), sequence.next(AGENCY, DAY)))
                    .containsExactly(5, 6, 7);

            assertThatThrownBy(() -> sequence.next(AGENCY, DAY)).isInstanceOf(SequenceExhaustedException.class)
                    .hasMessageContaining("5..7");
            assertThatThrownBy(() -> sequence.next(AGENCY, DAY)).isInstanceOf(SequenceExhaustedException.class);
            assertThat(sequence.next(AGENCY, DAY.plusDays(1))).isEqualTo(5);
        }
        try (OfflineStore store = OfflineStore.open(dir, new SequenceBlock(8, 10))) {
            assertThat(store.dossierSequence().next(AGENCY, DAY)).as("the failed calls consumed nothing").isEqualTo(8);
        }
    }

    @Test
    void aBlockMovedBelowTodaysNumbersNeverReissuesOne() {
        try (OfflineStore store = OfflineStore.open(dir, new SequenceBlock(100, 200))) {
            store.dossierSequence().next(AGENCY, DAY);
        }
        try (OfflineStore store = OfflineStore.open(dir, new SequenceBlock(1, 99))) {
            assertThatThrownBy(() -> store.dossierSequence().next(AGENCY, DAY))
                    .isInstanceOf(SequenceExhaustedException.class);
            assertThat(store.dossierSequence().next(AGENCY, DAY.plusDays(1))).isEqualTo(1);
        }
    }

    @FunctionalInterface
    private interface Work {
        DossierCode next(int worker) throws Exception;
    }

    private static List<DossierCode> concurrently(int threads, int perThread, Callable<DossierCode> work)
            throws Exception {
        return concurrently(threads, perThread, worker -> work.call());
    }

    private static List<DossierCode> concurrently(int threads, int perThread, Work work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<DossierCode>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<DossierCode> mine = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        mine.add(work.next(worker));
                    }
                    return mine;
                }));
            }
            List<DossierCode> all = new ArrayList<>();
            for (Future<List<DossierCode>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertDistinctAndContiguous(List<DossierCode> codes, int first, int count) {
        int[] sorted = codes.stream().mapToInt(DossierCode::sequence).sorted().toArray();
        assertThat(sorted).hasSize(count);
        assertThat(sorted).isEqualTo(IntStream.range(first, first + count).toArray());
    }
}
