package vn.motcua.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.LoggedEvent;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.store.queue.MutableClock;

/**
 * Event ids are taken without waiting for other desks, so a transaction can hold a smaller id than one that commits
 * before it. A reader must stop short of such an id until its transaction ends, then read it: never skip it.
 */
class EventHorizonTest {
    private final PostgresCluster cluster = PostgresCluster.shared();
    private String database;
    private PostgresQueueStore store;
    private QueueDesk desk;

    @BeforeEach
    void openCentre() {
        database = cluster.freshDatabase();
        store = PostgresQueueStore.open(cluster.deskSettings(database));
        store.replaceConfiguration(CentreOffice.configuration(2));
        CentreOffice.waitingTickets(cluster, database, 4);
        desk = new QueueDesk(store, WorkCalendar.vietnam(), new MutableClock(CentreOffice.DAY.atTime(9, 0)));
    }

    @AfterEach
    void close() {
        store.close();
        cluster.dropDatabase(database);
    }

    @Test
    void anEventCommittedAfterOneWithALargerIdIsReadNotSkipped() throws Exception {
        long before = store.lastEventId();
        Ticket first = desk.counter(1, "canbo.1").callNext().orElseThrow();
        long firstId = store.lastEventId();
        assertThat(firstId).isGreaterThan(before);

        try (Connection slow = open()) {
            long held = takeAnEventId(slow, first);
            assertThat(store.lastEventId()).as("not even with no other transaction finished since").isLessThan(held);
            Ticket second = desk.counter(2, "canbo.2").callNext().orElseThrow();

            List<LoggedEvent> whileHeld = store.eventsAfter(firstId, 100);
            assertThat(whileHeld).as("nothing at or beyond an id a running transaction holds").isEmpty();
            assertThat(store.lastEventId()).isLessThan(held);

            slow.commit();
            List<LoggedEvent> after = store.eventsAfter(firstId, 100);
            assertThat(after).extracting(LoggedEvent::id).containsExactly(held, held + 1);
            assertThat(after.getLast().event().ticket()).isEqualTo(second.id());
            assertThat(after.getLast().event().kind()).isEqualTo(TicketEventKind.CALLED);
        }
    }

    @Test
    void aRolledBackIdIsPassedOnceItsTransactionEnds() throws Exception {
        Ticket first = desk.counter(1, "canbo.1").callNext().orElseThrow();
        long firstId = store.lastEventId();
        try (Connection slow = open()) {
            long held = takeAnEventId(slow, first);
            desk.counter(2, "canbo.2").callNext().orElseThrow();
            assertThat(store.eventsAfter(firstId, 100)).isEmpty();
            slow.rollback();
            assertThat(store.eventsAfter(firstId, 100)).extracting(LoggedEvent::id).containsExactly(held + 1);
        }
    }

    @Test
    void theFeedWaitsForTheHeldIdAndThenDeliversBothInOrder() throws Exception {
        Ticket first = desk.counter(1, "canbo.1").callNext().orElseThrow();
        long firstId = store.lastEventId();
        BlockingQueue<LoggedEvent> delivered = new LinkedBlockingQueue<>();
        try (Connection slow = open();
                QueueEventFeed feed = QueueEventFeed.start(cluster.deskSettings(database), firstId,
                        events -> delivered.addAll(events))) {
            long held = takeAnEventId(slow, first);
            desk.counter(2, "canbo.2").callNext().orElseThrow();
            // the feed is woken by the second call's notification and must deliver nothing yet
            assertThat(delivered.poll(QueueEventFeed.RECHECK.toMillis() + 500, TimeUnit.MILLISECONDS)).isNull();

            slow.commit();
            LoggedEvent a = delivered.poll(30, TimeUnit.SECONDS);
            LoggedEvent b = delivered.poll(30, TimeUnit.SECONDS);
            assertThat(a).isNotNull();
            assertThat(b).isNotNull();
            assertThat(List.of(a.id(), b.id())).containsExactly(held, held + 1);
            assertThat(feed.cursor()).isEqualTo(held + 1);
        }
    }

    /** What a desk does at the end of a change, left uncommitted: its transaction id, then an event id. */
    private static long takeAnEventId(Connection connection, Ticket ticket) throws SQLException {
        try (PreparedStatement xid = connection.prepareStatement("SELECT pg_current_xact_id()")) {
            xid.execute();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO ticket_event (id, ticket_id, kind, at, counter_number, clerk, service_id, note)
                VALUES (nextval('ticket_event_id_seq'), ?, 'SERVING', localtimestamp, 1, 'canbo.1', ?, '')
                RETURNING id""")) {
            insert.setLong(1, ticket.id().value());
            insert.setString(2, ticket.service().value());
            try (var rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Connection open() throws SQLException {
        Connection connection = CentreConnections.open(cluster.deskSettings(database));
        connection.setAutoCommit(false);
        return connection;
    }
}
