package vn.motcua.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.queue.NewTicket;
import vn.motcua.core.queue.Priority;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.QueueTransaction;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketEvent;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.queue.TicketNumber;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.store.OfflineStore;

/**
 * An office on a real {@link OfflineStore} (SQLite, WAL) in a fresh temporary data directory, its queue
 * configured and its clock at a working morning: what each benchmark iteration starts from. Closing it
 * deletes the directory.
 */
final class TrialOffice implements AutoCloseable {
    /** A busy office's day for one service: after this many tickets the day is closed and the next one opens. */
    static final int TICKETS_PER_DAY = 500;

    private final Path directory;
    private final OfflineStore store;
    private final OfficeClock clock;
    private final QueueDesk desk;
    private int issuedToday;

    private TrialOffice(Path directory, OfflineStore store, OfficeClock clock) {
        this.directory = directory;
        this.store = store;
        this.clock = clock;
        this.desk = new QueueDesk(store.queue(), WorkCalendar.vietnam(), clock);
    }

    static TrialOffice open(QueueConfiguration configuration) {
        Path directory = temporaryDirectory();
        OfflineStore store = OfflineStore.open(directory, SequenceBlock.WHOLE_RANGE);
        store.queue().replaceConfiguration(configuration);
        return new TrialOffice(directory, store, new OfficeClock(WorkCalendar.vietnam()));
    }

    OfflineStore store() {
        return store;
    }

    QueueDesk desk() {
        return desk;
    }

    OfficeClock clock() {
        return clock;
    }

    void countIssued() {
        issuedToday++;
    }

    /**
     * Closes the day and opens the next working morning once {@value #TICKETS_PER_DAY} tickets were issued,
     * so that the day's ticket count, which every issue counts, stays what a busy office sees.
     */
    void nextDayWhenBusy() {
        if (issuedToday >= TICKETS_PER_DAY) {
            desk.closeDay(clock.today());
            clock.nextWorkingDay();
            issuedToday = 0;
        }
    }

    /**
     * Stores that many waiting tickets today in one transaction, round the services, every fourth a priority one.
     * Much faster than issuing them one by one, which counts the day's tickets for each.
     */
    void queueUp(int tickets) {
        queueUp(desk.configuration().services(), tickets);
    }

    void queueUp(List<QueueService> services, int tickets) {
        LocalDateTime now = LocalDateTime.now(clock);
        store.queue().atomically(tx -> {
            for (int i = 0; i < tickets; i++) {
                Priority priority = Priority.of(i % 4 == 3 ? PriorityGroup.PRIORITY : PriorityGroup.NORMAL);
                queueUp(tx, services.get(i % services.size()), priority, now);
            }
            return tickets;
        });
    }

    private static void queueUp(QueueTransaction tx, QueueService service, Priority priority, LocalDateTime now) {
        LocalDate day = now.toLocalDate();
        TicketNumber number = new TicketNumber(service.prefix(), tx.nextNumber(service.prefix(), day));
        Ticket ticket = tx.insert(new NewTicket(number, day, service.id(), priority, TicketStatus.WAITING, now,
                Optional.empty(), false, Optional.empty()));
        tx.record(new TicketEvent(ticket.id(), TicketEventKind.ISSUED, now, OptionalInt.empty(), Optional.empty(),
                service.id(), ""));
    }

    @Override
    public void close() {
        store.close();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }

    /** Under java.io.tmpdir, which must be on a real disk for commit times to mean anything (not tmpfs). */
    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("motcua-benchmark-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary data directory", e);
        }
    }
}
