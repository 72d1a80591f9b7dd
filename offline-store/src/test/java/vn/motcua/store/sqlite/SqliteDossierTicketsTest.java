package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.queue.TicketId;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;

class SqliteDossierTicketsTest {
    @TempDir
    Path dir;

    @Test
    void aDossierKeepsTheFirstTicketItWasTakenInOnAndATicketListsItsDossiers() {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            Dossier first = SampleDossiers.received(SampleDossiers.code(1), SampleDossiers.owner("Trần Thị Bình",
                    "079301000001"), LocalDateTime.of(2025, 11, 5, 8, 0), List.of());
            Dossier second = SampleDossiers.received(SampleDossiers.code(2), SampleDossiers.owner("Trần Thị Bình",
                    "079301000001"), LocalDateTime.of(2025, 11, 5, 8, 20), List.of());
            store.dossiers().save(first);
            store.dossiers().save(second);
            ServedTicket ticket = new ServedTicket(new TicketId(42), 3);

            store.dossierTickets().link(first.code(), ticket, "lan.nt", LocalDateTime.of(2025, 11, 5, 8, 10));
            store.dossierTickets().link(second.code(), ticket, "lan.nt", LocalDateTime.of(2025, 11, 5, 8, 25));
            store.dossierTickets().link(first.code(), new ServedTicket(new TicketId(43), 1), "an.nv",
                    LocalDateTime.of(2025, 11, 5, 9, 0));

            assertThat(store.dossierTickets().of(first.code())).contains(ticket);
            assertThat(store.dossierTickets().dossiersOf(new TicketId(42))).containsExactly(first.code(), second.code());
            assertThat(store.dossierTickets().dossiersOf(new TicketId(43))).isEmpty();
        }
    }
}
