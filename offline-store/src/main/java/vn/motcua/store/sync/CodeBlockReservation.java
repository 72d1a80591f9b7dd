package vn.motcua.store.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.sync.ProvinceUnavailableException;
import vn.motcua.store.sqlite.SqliteDossierSequence;

/**
 * Keeps dossier numbers reserved from the province for today and tomorrow (DOMAIN §2), so that the desk issues
 * codes no other counter can issue even when it later works offline. Called by the sync engine each round while
 * online; asks for a block of {@code blockSize} when fewer than {@code min(10, blockSize)} numbers remain.
 *
 * <p>A counter configured with the whole range cannot hold reserved blocks (every block would overlap its own
 * numbers), so it never asks. When the province answers a block overlapping the configured one, the desk keeps
 * nothing and stops asking, rather than taking the province's numbers round after round.
 */
final class CodeBlockReservation {
    private static final Logger LOG = LoggerFactory.getLogger(CodeBlockReservation.class);
    private static final int LOW_WATER = 10;

    private final ProvincialClient province;
    private final SqliteDossierSequence sequence;
    private final AgencyCode agency;
    private final int blockSize;
    private final Clock clock;
    private boolean stopped;

    CodeBlockReservation(ProvincialClient province, SqliteDossierSequence sequence, AgencyCode agency,
            int blockSize, Clock clock) {
        this.province = Objects.requireNonNull(province);
        this.sequence = Objects.requireNonNull(sequence);
        this.agency = Objects.requireNonNull(agency);
        this.blockSize = blockSize;
        this.clock = Objects.requireNonNull(clock);
        this.stopped = sequence.block().equals(SequenceBlock.WHOLE_RANGE);
    }

    /**
     * Tops up today's and tomorrow's reserved numbers.
     *
     * @throws ProvinceUnavailableException when the province cannot be reached
     */
    void topUp() {
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day : List.of(today, today.plusDays(1))) {
            if (!stopped && sequence.remainingReserved(agency, day) < Math.min(LOW_WATER, blockSize)) {
                reserve(day);
            }
        }
    }

    private void reserve(LocalDate day) {
        SequenceBlock block;
        try {
            block = province.reserveCodeBlock(day, blockSize);
        } catch (ProvinceRefusal e) {
            LOG.warn("The province reserved no dossier numbers for {}: {}", day, e.getMessage());
            return;
        }
        if (sequence.hold(agency, day, block)) {
            LOG.info("Reserved dossier numbers {} for {}", block, day);
        } else {
            stopped = true;
            LOG.warn("The province's dossier numbers {} overlap this counter's block {} or numbers already held; "
                    + "no longer reserving (configure the counter's block outside the province's numbers)",
                    block, sequence.block());
        }
    }
}
