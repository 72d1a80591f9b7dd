package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.store.OfflineStore;

/** Blocks reserved from the province come before the configured block, lowest first, and never overlap it. */
class ReservedBlockSequenceTest {
    private static final AgencyCode AGENCY = new AgencyCode("000.00.12.H62");
    private static final LocalDate DAY = LocalDate.of(2025, 11, 5);
    private static final SequenceBlock COUNTER = new SequenceBlock(1, 999);

    @TempDir
    Path dir;

    @Test
    void issuesTheLowestReservedBlockFirstThenTheNextThenTheConfiguredBlock() {
        try (OfflineStore store = OfflineStore.open(dir, COUNTER)) {
            SqliteDossierSequence sequence = sequence(store);
            assertThat(sequence.hold(AGENCY, DAY, new SequenceBlock(5010, 5011))).isTrue();
            assertThat(sequence.hold(AGENCY, DAY, new SequenceBlock(5000, 5001))).isTrue();
            assertThat(sequence.remainingReserved(AGENCY, DAY)).isEqualTo(4);

            assertThat(IntStream.range(0, 6).map(i -> sequence.next(AGENCY, DAY)))
                    .containsExactly(5000, 5001, 5010, 5011, 1, 2);
            assertThat(sequence.remainingReserved(AGENCY, DAY)).isZero();
        }
    }

    @Test
    void aBlockServesOnlyItsAgencyAndDay() {
        try (OfflineStore store = OfflineStore.open(dir, COUNTER)) {
            SqliteDossierSequence sequence = sequence(store);
            sequence.hold(AGENCY, DAY.plusDays(1), new SequenceBlock(5000, 5009));

            assertThat(sequence.next(AGENCY, DAY)).isEqualTo(1);
            assertThat(sequence.next(new AgencyCode("000.00.13.H62"), DAY.plusDays(1))).isEqualTo(1);
            assertThat(sequence.next(AGENCY, DAY.plusDays(1))).isEqualTo(5000);
        }
    }

    @Test
    void refusesABlockOverlappingTheConfiguredBlockOrOneAlreadyHeld() {
        try (OfflineStore store = OfflineStore.open(dir, COUNTER)) {
            SqliteDossierSequence sequence = sequence(store);
            assertThat(sequence.hold(AGENCY, DAY, new SequenceBlock(990, 1010))).isFalse();
            assertThat(sequence.hold(AGENCY, DAY, new SequenceBlock(5000, 5049))).isTrue();
            assertThat(sequence.hold(AGENCY, DAY, new SequenceBlock(5049, 5060))).isFalse();
            assertThat(sequence.hold(AGENCY, DAY, new SequenceBlock(5000, 5049))).isFalse();

            assertThat(sequence.remainingReserved(AGENCY, DAY)).isEqualTo(50);
        }
    }

    @Test
    void whatIsLeftOfAReservedBlockSurvivesARestart() {
        try (OfflineStore store = OfflineStore.open(dir, COUNTER)) {
            sequence(store).hold(AGENCY, DAY, new SequenceBlock(5000, 5002));
            sequence(store).next(AGENCY, DAY);
        }
        try (OfflineStore store = OfflineStore.open(dir, COUNTER)) {
            assertThat(IntStream.range(0, 3).map(i -> store.dossierSequence().next(AGENCY, DAY)))
                    .containsExactly(5001, 5002, 1);
        }
    }

    private static SqliteDossierSequence sequence(OfflineStore store) {
        return (SqliteDossierSequence) store.dossierSequence();
    }
}
