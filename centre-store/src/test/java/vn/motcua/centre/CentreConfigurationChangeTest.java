package vn.motcua.centre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.store.queue.MutableClock;

/**
 * A desk uses the configuration it read last without reading it again; the server checks its revision with the
 * change's first statement. A configuration saved from another PC in between is therefore what the next change
 * follows, never the one this desk remembered.
 */
class CentreConfigurationChangeTest {
    private final PostgresCluster cluster = PostgresCluster.shared();
    private String database;
    private PostgresQueueStore counterPc;
    private PostgresQueueStore administratorPc;

    @BeforeEach
    void openCentre() {
        database = cluster.freshDatabase();
        counterPc = PostgresQueueStore.open(cluster.deskSettings(database));
        administratorPc = PostgresQueueStore.open(cluster.deskSettings(database));
        administratorPc.replaceConfiguration(CentreOffice.configuration(2));
        CentreOffice.waitingTickets(cluster, database, 4);
    }

    @AfterEach
    void close() {
        counterPc.close();
        administratorPc.close();
        cluster.dropDatabase(database);
    }

    @Test
    void aCounterRemovedOnAnotherPcCanNoLongerCallFromThisOne() {
        QueueDesk desk = new QueueDesk(counterPc, WorkCalendar.vietnam(),
                new MutableClock(CentreOffice.DAY.atTime(9, 0)));
        assertThat(desk.counter(2, "canbo.2").callNext().isDone()).isTrue();
        assertThat(desk.counter(2, "canbo.2").finish().isDone()).isTrue();

        administratorPc.replaceConfiguration(CentreOffice.configuration(1));

        assertThat(desk.counter(2, "canbo.2").callNext().refusal()).contains(QueueRefusal.UNKNOWN_COUNTER);
        assertThat(counterPc.tickets(CentreOffice.DAY, TicketStatus.WAITING)).hasSize(3);
        assertThat(desk.counter(1, "canbo.1").callNext().isDone()).as("the new configuration is used").isTrue();
    }
}
