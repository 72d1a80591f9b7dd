package vn.motcua.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.queue.CallPolicy;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.IssuingWindow;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueOffice;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.store.OfflineStore;

/**
 * One year of a busy provincial public-administration centre as synthetic data in a real store: about 300,000
 * queue tickets with every event, 100,000 dossiers with components, status history, extensions and the ticket they
 * were taken in on, and keypad ratings. Seeded, so the same arguments give the same file.
 *
 * <p>The queue is simulated, not drawn: citizens arrive by a non-homogeneous Poisson process (morning peak
 * 08:30–10:00, a smaller one after lunch; Mondays busier, Fridays quieter), 30 counters each serve two of five
 * services and call the longest-waiting ticket among them, service times are log-normal per service, and waits
 * come out of that (long at the morning peak, short in the afternoon). Recalls, no-shows, transfers, walk-ins,
 * cancelled prints and tickets closed unserved at day end happen at realistic rates. Dossiers are taken in on a
 * third of the services; their processing ends mostly on time, some late (with an apology and extension), some
 * after one or two supplement requests. People are placeholders ("Công dân thử 000123"): no real or realistic
 * personal data, and nothing personal is logged.
 *
 * <p>Rows are written with plain SQL in one transaction per day (the triggers of V011 fire as in production);
 * the queue configuration goes through the store's own API.
 */
public final class StatisticsYear {
    static final AgencyCode AGENCY = new AgencyCode("000.00.12.H62");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
    static final String[] SERVICES = {"HT", "DD", "CT", "XD", "KH"};
    static final String[] PREFIXES = {"A", "B", "C", "D", "E"};
    static final double[] SERVICE_WEIGHTS = {0.30, 0.25, 0.20, 0.15, 0.10};
    static final double[] SERVICE_MINUTES = {6.5, 7.5, 5.5, 9.0, 5.0};
    static final int COUNTERS = 30;
    static final int CLERKS = 40;
    /** Relative arrival intensity per half hour from 07:30 (issuing windows 07:30–11:00 and 13:30–16:30). */
    static final Map<LocalTime, Double> ARRIVALS = new java.util.LinkedHashMap<>();

    static {
        double[] morning = {0.6, 1.4, 1.9, 2.0, 1.7, 1.3, 0.9};
        for (int i = 0; i < morning.length; i++) {
            ARRIVALS.put(LocalTime.of(7, 30).plusMinutes(30L * i), morning[i]);
        }
        double[] afternoon = {0.9, 1.1, 1.2, 1.0, 0.8, 0.5};
        for (int i = 0; i < afternoon.length; i++) {
            ARRIVALS.put(LocalTime.of(13, 30).plusMinutes(30L * i), afternoon[i]);
        }
    }

    private final WorkCalendar calendar = WorkCalendar.vietnam();
    private final SplittableRandom random;
    private final int year;
    private final int ticketsPerYear;
    private final double dossierShare;
    private final LocalDateTime end;
    private long ticketId;
    private long ratingId;
    private final Map<String, Integer> dossierSequence = new HashMap<>();

    /** What was written. */
    public record Written(long tickets, long events, long dossiers, long ratings, long days) {
    }

    public StatisticsYear(int year, int ticketsPerYear, long seed) {
        this.year = year;
        this.ticketsPerYear = ticketsPerYear;
        this.dossierShare = 1 / 3.0;
        this.random = new SplittableRandom(seed);
        this.end = LocalDate.of(year, 12, 31).atTime(17, 30);
    }

    /** The office's queue configuration: five services, 30 counters. */
    static QueueConfiguration configuration() {
        List<IssuingWindow> windows = List.of(new IssuingWindow(LocalTime.of(7, 30), LocalTime.of(11, 0)),
                new IssuingWindow(LocalTime.of(13, 30), LocalTime.of(16, 30)));
        String[] names = {"Hộ tịch, chứng thực", "Đất đai", "Cư trú", "Xây dựng", "Kinh doanh"};
        List<QueueService> services = new ArrayList<>();
        for (int i = 0; i < SERVICES.length; i++) {
            services.add(new QueueService(new ServiceId(SERVICES[i]), names[i], PREFIXES[i], windows,
                    OptionalInt.empty(), false, Duration.ofSeconds((long) (SERVICE_MINUTES[i] * 60))));
        }
        List<Counter> counters = new ArrayList<>();
        for (int c = 1; c <= COUNTERS; c++) {
            counters.add(new Counter(c, "Quầy " + c, servicesOf(c).stream().map(s -> new ServiceId(SERVICES[s]))
                    .toList()));
        }
        return new QueueConfiguration(new QueueOffice(AGENCY, "Trung tâm Phục vụ hành chính công (thử)"),
                new CallPolicy(new CallPolicy.PriorityRule.Interleave(3), CallPolicy.ServiceOrder.LONGEST_WAIT_FIRST,
                        Optional.empty(), 3, Duration.ofSeconds(20)), services, counters);
    }

    /** Counters 1–10 serve HT+DD, 11–17 DD+CT, 18–24 CT+XD, 25–27 XD+KH, 28–30 KH+HT. */
    static List<Integer> servicesOf(int counter) {
        if (counter <= 10) {
            return List.of(0, 1);
        } else if (counter <= 17) {
            return List.of(1, 2);
        } else if (counter <= 24) {
            return List.of(2, 3);
        } else if (counter <= 27) {
            return List.of(3, 4);
        }
        return List.of(4, 0);
    }

    public Written write(Path dataDirectory) throws SQLException {
        try (OfflineStore store = OfflineStore.open(dataDirectory, SequenceBlock.WHOLE_RANGE)) {
            store.queue().replaceConfiguration(configuration());
        }
        Path file = dataDirectory.resolve(OfflineStore.DATABASE_FILE);
        List<LocalDate> days = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(calendar::isWorkingDay).toList();
        double perDay = (double) ticketsPerYear / days.size();
        long tickets = 0;
        long events = 0;
        long dossiers = 0;
        long ratings = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement pragma = connection.createStatement()) {
                pragma.execute("PRAGMA journal_mode = WAL");
                pragma.execute("PRAGMA synchronous = OFF");
                pragma.execute("PRAGMA foreign_keys = ON");
            }
            connection.setAutoCommit(false);
            Sql sql = new Sql(connection);
            int dayIndex = 0;
            for (LocalDate day : days) {
                double factor = switch (day.getDayOfWeek()) {
                    case MONDAY -> 1.2;
                    case FRIDAY -> 0.88;
                    default -> 0.97;
                } * (0.85 + 0.3 * random.nextDouble());
                Day result = new Day(day, dayIndex++, perDay * factor, sql).simulate();
                tickets += result.tickets;
                events += result.events;
                dossiers += result.dossiers;
                ratings += result.ratings;
                connection.commit();
            }
            sql.close();
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement analyse = connection.createStatement()) {
                analyse.execute("PRAGMA optimize");
                analyse.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        return new Written(tickets, events, dossiers, ratings, days.size());
    }

    /** The prepared inserts, reused for the whole year. */
    private static final class Sql implements AutoCloseable {
        final PreparedStatement ticket;
        final PreparedStatement event;
        final PreparedStatement serviceTime;
        final PreparedStatement sequence;
        final PreparedStatement dossier;
        final PreparedStatement component;
        final PreparedStatement status;
        final PreparedStatement due;
        final PreparedStatement link;
        final PreparedStatement rating;

        Sql(Connection c) throws SQLException {
            ticket = c.prepareStatement("""
                    INSERT INTO ticket (id, day, prefix, sequence, service_id, priority_group, status, issued_at,
                        queued_at, at_front, held_by, calls, called_at, last_called_at, first_called_at, walk_in,
                        people_ahead, quoted_from_seconds, quoted_to_seconds, reason)
                    VALUES (?, ?, ?, ?, ?, 'NORMAL', ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            event = c.prepareStatement("""
                    INSERT INTO ticket_event (ticket_id, kind, at, counter_number, clerk, service_id, note)
                    VALUES (?, ?, ?, ?, ?, ?, '')""");
            serviceTime = c.prepareStatement(
                    "INSERT INTO queue_service_time (service_id, finished_at, seconds) VALUES (?, ?, ?)");
            sequence = c.prepareStatement("INSERT INTO ticket_sequence (prefix, day, last_issued) VALUES (?, ?, ?)");
            dossier = c.prepareStatement("""
                    INSERT INTO dossier (code, agency, day, sequence, procedure_code, procedure_name, owner_type,
                        owner_name, owner_name_folded, owner_identifier, owner_address, owner_phone, owner_email, sets,
                        channel, delivery, received_at, due_at, received_by, status)
                    VALUES (?, ?, ?, ?, ?, ?, 'CITIZEN', ?, ?, ?, 'Địa chỉ thử', '', '', 1, 'COUNTER', 'AT_COUNTER',
                        ?, ?, ?, ?)""");
            component = c.prepareStatement("""
                    INSERT INTO dossier_component (dossier_code, position, code, name, form, quantity, digitised, reused,
                        from_national_store) VALUES (?, ?, ?, ?, 'CERTIFIED_COPY', 1, ?, ?, ?)""");
            status = c.prepareStatement("""
                    INSERT INTO dossier_status_change (dossier_code, position, from_status, to_status, at, actor, note)
                    VALUES (?, ?, ?, ?, ?, ?, '')""");
            due = c.prepareStatement("""
                    INSERT INTO dossier_due_change (dossier_code, position, from_due, to_due, at, actor, reason)
                    VALUES (?, 0, ?, ?, ?, ?, 'Chờ xác minh')""");
            link = c.prepareStatement(
                    "INSERT INTO dossier_ticket (dossier_code, ticket_id, counter, clerk, linked_at) VALUES (?, ?, ?, ?, ?)");
            rating = c.prepareStatement("""
                    INSERT INTO rating (id, counter, keypad, key_number, ticket_id, dossier_code, clerk, level, flag, reason,
                                        pressed_at, held_ms)
                    VALUES (?, ?, 'keypad', 1, ?, ?, ?, ?, ?, ?, ?, 0)""");
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : List.of(ticket, event, serviceTime, sequence, dossier, component, status, due,
                    link, rating)) {
                s.close();
            }
        }
    }

    private static String time(LocalDateTime at) {
        return TIME.format(at);
    }

    private final class T {
        final long id;
        final int service;
        final int sequence;
        final LocalDateTime issued;
        LocalDateTime queuedAt;
        int currentService;
        boolean walkIn;
        boolean cancelled;
        boolean noShow;
        int transferTo = -1;
        int peopleAhead;
        long quoteFrom;
        long quoteTo;
        String status = "WAITING";
        Integer heldBy;
        int calls;
        LocalDateTime calledAt;
        LocalDateTime lastCalledAt;
        LocalDateTime firstCalledAt;
        final List<Object[]> events = new ArrayList<>(6);

        T(long id, int service, int sequence, LocalDateTime issued) {
            this.id = id;
            this.service = service;
            this.currentService = service;
            this.sequence = sequence;
            this.issued = issued;
            this.queuedAt = issued;
        }

        void event(String kind, LocalDateTime at, Integer counter, String clerk) {
            events.add(new Object[] {kind, at, counter, clerk, SERVICES[currentService]});
        }
    }

    private final class Day {
        final LocalDate day;
        final int index;
        final double expected;
        final Sql sql;
        long tickets;
        long events;
        long dossiers;
        long ratings;

        Day(LocalDate day, int index, double expected, Sql sql) {
            this.day = day;
            this.index = index;
            this.expected = expected;
            this.sql = sql;
        }

        String clerkAt(int counter) {
            return String.format("cb%02d", (counter + index * 7) % CLERKS + 1);
        }

        Day simulate() throws SQLException {
            double total = ARRIVALS.values().stream().mapToDouble(Double::doubleValue).sum();
            List<T> issued = new ArrayList<>();
            int[] sequences = new int[SERVICES.length];
            for (var slot : ARRIVALS.entrySet()) {
                double rate = expected * slot.getValue() / total / 1800.0; // per second
                double t = 0;
                while (true) {
                    t += -Math.log(1 - random.nextDouble()) / rate;
                    if (t >= 1800) {
                        break;
                    }
                    int service = pick(SERVICE_WEIGHTS);
                    T ticket = new T(++ticketId, service, ++sequences[service],
                            day.atTime(slot.getKey()).plusNanos((long) (t * 1e9)));
                    double u = random.nextDouble();
                    ticket.walkIn = u < 0.02;
                    ticket.cancelled = !ticket.walkIn && u < 0.023;
                    ticket.noShow = !ticket.walkIn && !ticket.cancelled && random.nextDouble() < 0.04;
                    if (!ticket.walkIn && !ticket.cancelled && !ticket.noShow && random.nextDouble() < 0.03) {
                        ticket.transferTo = (service + 1 + random.nextInt(SERVICES.length - 1)) % SERVICES.length;
                    }
                    issued.add(ticket);
                }
            }
            issued.sort((a, b) -> a.issued.compareTo(b.issued));
            List<List<T>> queues = new ArrayList<>();
            for (int s = 0; s < SERVICES.length; s++) {
                queues.add(new ArrayList<>());
            }
            double[] typical = new double[SERVICES.length];
            for (T ticket : issued) {
                ticket.event("ISSUED", ticket.issued, ticket.walkIn ? 1 + random.nextInt(COUNTERS) : null, null);
                if (ticket.cancelled) {
                    ticket.status = "CANCELLED";
                    ticket.event("CANCELLED", ticket.issued.plusSeconds(20), null, null);
                } else if (!ticket.walkIn) {
                    queues.get(ticket.service).add(ticket);
                }
            }
            serveQueue(queues);
            for (T ticket : issued) {
                if (ticket.walkIn) {
                    int counter = (Integer) ticket.events.getFirst()[2];
                    ticket.events.set(0, new Object[] {"ISSUED", ticket.issued, counter, clerkAt(counter),
                            SERVICES[ticket.service]});
                    Duration serving = serviceTime(ticket.service);
                    ticket.heldBy = counter;
                    ticket.calledAt = ticket.issued;
                    ticket.lastCalledAt = ticket.issued;
                    ticket.event("SERVING", ticket.issued, counter, clerkAt(counter));
                    finish(ticket, counter, ticket.issued, ticket.issued.plus(serving));
                }
            }
            for (T ticket : issued) {
                write(ticket, typical);
            }
            for (int s = 0; s < SERVICES.length; s++) {
                if (sequences[s] > 0) {
                    sql.sequence.setString(1, PREFIXES[s]);
                    sql.sequence.setString(2, day.toString());
                    sql.sequence.setInt(3, sequences[s]);
                    sql.sequence.addBatch();
                }
            }
            sql.sequence.executeBatch();
            sql.ticket.executeBatch();
            sql.event.executeBatch();
            sql.serviceTime.executeBatch();
            sql.dossier.executeBatch();
            sql.component.executeBatch();
            sql.status.executeBatch();
            sql.due.executeBatch();
            sql.link.executeBatch();
            sql.rating.executeBatch();
            return this;
        }

        /** The counters call the longest-waiting ticket of their two services; see the class comment. */
        void serveQueue(List<List<T>> queues) {
            int[] heads = new int[SERVICES.length];
            record Free(int counter, LocalDateTime at, LocalDateTime closes) {
            }
            PriorityQueue<Free> free = new PriorityQueue<>((a, b) -> a.at.compareTo(b.at));
            for (int c = 1; c <= COUNTERS; c++) {
                if (random.nextDouble() < 0.08) {
                    continue; // clerk away today
                }
                boolean peakOnly = c % 8 == 0;
                free.add(new Free(c, day.atTime(peakOnly ? LocalTime.of(8, 0) : LocalTime.of(7, 30)),
                        day.atTime(peakOnly ? LocalTime.of(11, 0) : LocalTime.of(11, 30))));
                free.add(new Free(c, day.atTime(13, 30), day.atTime(peakOnly ? 16 : 17, 0)));
            }
            // Each free counter takes the longest-waiting ticket of its services (or waits for the next to come)
            while (!free.isEmpty()) {
                Free counter = free.poll();
                T next = null;
                for (int s : servicesOf(counter.counter)) {
                    List<T> queue = queues.get(s);
                    if (heads[s] < queue.size() && (next == null || queue.get(heads[s]).queuedAt.isBefore(next.queuedAt))) {
                        next = queue.get(heads[s]);
                    }
                }
                if (next == null) {
                    continue;
                }
                LocalDateTime call = next.queuedAt.isAfter(counter.at) ? next.queuedAt.plusSeconds(5) : counter.at;
                if (!call.isBefore(counter.closes)) {
                    continue;
                }
                heads[next.currentService]++;
                LocalDateTime freeAt = serve(next, counter.counter, call, queues, heads);
                free.add(new Free(counter.counter, freeAt.plusSeconds(15 + random.nextInt(30)), counter.closes));
            }
            LocalDateTime closing = day.atTime(17, 5);
            for (int s = 0; s < SERVICES.length; s++) {
                for (int i = heads[s]; i < queues.get(s).size(); i++) {
                    T left = queues.get(s).get(i);
                    left.status = "CLOSED";
                    left.event("CLOSED", closing, null, null);
                }
            }
        }

        /** Calls, maybe recalls, serves or loses the ticket; returns when the counter is free again. */
        LocalDateTime serve(T ticket, int counter, LocalDateTime call, List<List<T>> queues, int[] heads) {
            String clerk = clerkAt(counter);
            ticket.heldBy = counter;
            ticket.calledAt = call;
            ticket.calls = 1;
            if (ticket.firstCalledAt == null) {
                ticket.firstCalledAt = call;
            }
            ticket.event("CALLED", call, counter, clerk);
            LocalDateTime at = call;
            if (ticket.noShow) {
                for (int i = 0; i < 2; i++) {
                    at = at.plusSeconds(30);
                    ticket.calls++;
                    ticket.event("CALLED", at, counter, clerk);
                }
                ticket.lastCalledAt = at;
                at = at.plusSeconds(20);
                ticket.status = "NO_SHOW";
                ticket.event("NO_SHOW", at, counter, clerk);
                return at;
            }
            if (random.nextDouble() < 0.1) {
                at = at.plusSeconds(25 + random.nextInt(20));
                ticket.calls++;
                ticket.event("CALLED", at, counter, clerk);
            }
            ticket.lastCalledAt = at;
            at = at.plusSeconds(20 + random.nextInt(40));
            ticket.event("SERVING", at, counter, clerk);
            if (ticket.transferTo >= 0) {
                LocalDateTime moved = at.plusSeconds(60 + random.nextInt(120));
                ticket.currentService = ticket.transferTo;
                ticket.transferTo = -1;
                ticket.status = "WAITING";
                ticket.event("TRANSFERRED", moved, counter, clerk);
                ticket.queuedAt = moved;
                // joins the other service's queue at the front, as QueuePosition.FRONT does
                queues.get(ticket.currentService).add(heads[ticket.currentService], ticket);
                return moved;
            }
            return finish(ticket, counter, call, call.plus(serviceTime(ticket.currentService)));
        }

        LocalDateTime finish(T ticket, int counter, LocalDateTime called, LocalDateTime finished) {
            ticket.status = "FINISHED";
            ticket.event("FINISHED", finished, counter, clerkAt(counter));
            return finished;
        }

        Duration serviceTime(int service) {
            double sigma = 0.55;
            double mu = Math.log(SERVICE_MINUTES[service] * 60) - sigma * sigma / 2;
            double seconds = Math.exp(mu + sigma * gaussian());
            return Duration.ofSeconds(Math.max(45, Math.min(3600, (long) seconds)));
        }

        double gaussian() {
            double u = 1 - random.nextDouble();
            double v = random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        }

        void write(T ticket, double[] typical) throws SQLException {
            if (ticket.walkIn || ticket.cancelled) {
                ticket.quoteFrom = -1;
            } else {
                long ahead = Math.max(0, Math.round(ticket.issued.getHour() < 12 ? 8 + 10 * random.nextDouble()
                        : 3 * random.nextDouble()));
                ticket.peopleAhead = (int) ahead;
                double perPerson = SERVICE_MINUTES[ticket.service] * 60 / 6;
                ticket.quoteFrom = Math.round(ahead * perPerson * 0.7);
                ticket.quoteTo = Math.round(ahead * perPerson * 1.4) + 300;
            }
            PreparedStatement s = sql.ticket;
            s.setLong(1, ticket.id);
            s.setString(2, day.toString());
            s.setString(3, PREFIXES[ticket.service]);
            s.setInt(4, ticket.sequence);
            s.setString(5, SERVICES[ticket.currentService]);
            s.setString(6, ticket.status);
            s.setString(7, time(ticket.issued));
            s.setString(8, time(ticket.queuedAt));
            boolean held = ticket.heldBy != null;
            setInt(s, 9, held ? ticket.heldBy : null);
            setInt(s, 10, held ? ticket.calls : null);
            s.setString(11, held ? time(ticket.calledAt) : null);
            s.setString(12, held ? time(ticket.lastCalledAt) : null);
            s.setString(13, ticket.firstCalledAt == null ? null : time(ticket.firstCalledAt));
            s.setInt(14, ticket.walkIn ? 1 : 0);
            setInt(s, 15, ticket.quoteFrom < 0 ? null : ticket.peopleAhead);
            setLong(s, 16, ticket.quoteFrom < 0 ? null : ticket.quoteFrom);
            setLong(s, 17, ticket.quoteFrom < 0 ? null : ticket.quoteTo);
            s.setString(18, ticket.status.equals("CLOSED") ? "queue.close.unserved" : null);
            s.addBatch();
            tickets++;
            LocalDateTime servedAt = null;
            LocalDateTime calledAt = null;
            int servedBy = 0;
            for (Object[] e : ticket.events) {
                sql.event.setLong(1, ticket.id);
                sql.event.setString(2, (String) e[0]);
                sql.event.setString(3, time((LocalDateTime) e[1]));
                setInt(sql.event, 4, (Integer) e[2]);
                sql.event.setString(5, (String) e[3]);
                sql.event.setString(6, (String) e[4]);
                sql.event.addBatch();
                events++;
                if (e[0].equals("CALLED") && (calledAt == null || servedAt != null)) {
                    calledAt = (LocalDateTime) e[1];
                }
                if (e[0].equals("SERVING") && ticket.walkIn) {
                    calledAt = (LocalDateTime) e[1];
                }
                if (e[0].equals("TRANSFERRED")) {
                    calledAt = null;
                }
                if (e[0].equals("FINISHED")) {
                    servedAt = (LocalDateTime) e[1];
                    servedBy = (Integer) e[2];
                    sql.serviceTime.setString(1, (String) e[4]);
                    sql.serviceTime.setString(2, time(servedAt));
                    sql.serviceTime.setLong(3, Duration.between(calledAt, servedAt).toSeconds());
                    sql.serviceTime.addBatch();
                }
            }
            if (servedAt == null) {
                return;
            }
            Optional<String> dossier = random.nextDouble() < dossierShare
                    ? Optional.of(dossier(ticket, servedBy, servedAt)) : Optional.empty();
            if (random.nextDouble() < 0.4) {
                rate(ticket, servedBy, servedAt, dossier);
            }
        }

        String dossier(T ticket, int counter, LocalDateTime finished) throws SQLException {
            String clerk = clerkAt(counter);
            LocalDateTime received = finished.minusSeconds(30);
            int sequence = dossierSequence.merge(day.toString(), 1, Integer::sum);
            String code = String.format("%s-%s-%04d", AGENCY.value(), day.format(DateTimeFormatter.ofPattern("yyMMdd")),
                    sequence);
            int procedure = ticket.service * 4 + random.nextInt(4);
            int workingDays = new int[] {1, 3, 5, 10, 15}[procedure % 5];
            double u = random.nextDouble();
            String first = u < 0.03 ? "NOT_RECEIVED" : u < 0.09 ? "SUPPLEMENT_REQUESTED" : "RECEIVED";
            LocalDateTime due = first.equals("RECEIVED")
                    ? calendar.dueTime(received, ProcessingTime.workingDays(workingDays)) : null;
            List<String[]> history = new ArrayList<>();
            history.add(new String[] {null, first, time(received)});
            LocalDateTime at = received;
            String status = first;
            if (first.equals("SUPPLEMENT_REQUESTED") && random.nextDouble() < 0.6) {
                at = calendar.plusWorkingTime(at, Duration.ofHours(8 + random.nextInt(24)));
                due = calendar.dueTime(at, ProcessingTime.workingDays(workingDays));
                history.add(new String[] {status, "RECEIVED", time(at)});
                status = "RECEIVED";
            }
            LocalDateTime legalDue = due;
            boolean extended = false;
            if (status.equals("RECEIVED")) {
                at = calendar.plusWorkingTime(at, Duration.ofHours(1));
                history.add(new String[] {status, "PROCESSING", time(at)});
                status = "PROCESSING";
                int supplements = random.nextDouble() < 0.08 ? (random.nextDouble() < 0.2 ? 2 : 1) : 0;
                Duration legal = calendar.workingTimeBetween(at, due);
                for (int i = 0; i < supplements; i++) {
                    LocalDateTime asked = calendar.plusWorkingTime(at, legal.dividedBy(3));
                    LocalDateTime back = calendar.plusWorkingTime(asked, Duration.ofHours(8 + random.nextInt(16)));
                    history.add(new String[] {status, "SUPPLEMENT_REQUESTED", time(asked)});
                    history.add(new String[] {"SUPPLEMENT_REQUESTED", "PROCESSING", time(back)});
                    due = calendar.resume(due, asked, back);
                    legalDue = due;
                    at = back;
                }
                boolean late = random.nextDouble() < 0.1;
                LocalDateTime ended = late
                        ? calendar.plusWorkingTime(due, Duration.ofHours(2 + random.nextInt(24)))
                        : calendar.plusWorkingTime(at, Duration.ofMillis(
                                (long) (calendar.workingTimeBetween(at, due).toMillis() * (0.3 + 0.7 * random.nextDouble()))));
                if (late && due.isBefore(end)) {
                    LocalDateTime newDue = calendar.plusWorkingTime(due, Duration.ofHours(32));
                    sql.due.setString(1, code);
                    sql.due.setString(2, time(due));
                    sql.due.setString(3, time(newDue));
                    sql.due.setString(4, time(due.minusHours(2)));
                    sql.due.setString(5, clerk);
                    sql.due.addBatch();
                    due = newDue;
                    extended = true;
                }
                if (ended.isBefore(end)) {
                    history.add(new String[] {status, "PROCESSED", time(ended)});
                    status = "PROCESSED";
                    LocalDateTime returned = calendar.plusWorkingTime(ended, Duration.ofHours(2 + random.nextInt(30)));
                    if (returned.isBefore(end)) {
                        history.add(new String[] {status, "RESULT_RETURNED", time(returned)});
                        status = "RESULT_RETURNED";
                    }
                }
            }
            PreparedStatement d = sql.dossier;
            d.setString(1, code);
            d.setString(2, AGENCY.value());
            d.setString(3, day.toString());
            d.setInt(4, sequence);
            d.setString(5, String.format("1.%06d", 1000 + procedure));
            d.setString(6, "Thủ tục thử số " + procedure);
            d.setString(7, "Công dân thử " + ticket.id);
            d.setString(8, "cong dan thu " + ticket.id);
            d.setString(9, String.format("079%09d", ticket.id));
            d.setString(10, time(received));
            d.setString(11, due == null ? null : time(due));
            d.setString(12, clerk);
            d.setString(13, status);
            d.addBatch();
            int components = 2 + random.nextInt(5);
            for (int p = 0; p < components; p++) {
                boolean reused = random.nextDouble() < 0.25;
                boolean digitised = reused || random.nextDouble() < 0.7;
                sql.component.setString(1, code);
                sql.component.setInt(2, p);
                sql.component.setString(3, "TP" + p);
                sql.component.setString(4, "Thành phần " + (p + 1));
                sql.component.setInt(5, digitised ? 1 : 0);
                sql.component.setInt(6, reused ? 1 : 0);
                sql.component.setInt(7, random.nextDouble() < 0.1 ? 1 : 0);
                sql.component.addBatch();
            }
            for (int p = 0; p < history.size(); p++) {
                sql.status.setString(1, code);
                sql.status.setInt(2, p);
                sql.status.setString(3, history.get(p)[0]);
                sql.status.setString(4, history.get(p)[1]);
                sql.status.setString(5, history.get(p)[2]);
                sql.status.setString(6, clerk);
                sql.status.addBatch();
            }
            sql.link.setString(1, code);
            sql.link.setLong(2, ticket.id);
            sql.link.setInt(3, counter);
            sql.link.setString(4, clerk);
            sql.link.setString(5, time(received));
            sql.link.addBatch();
            dossiers++;
            return code;
        }

        void rate(T ticket, int counter, LocalDateTime finished, Optional<String> dossier) throws SQLException {
            long waited = ticket.firstCalledAt == null ? 0 : Duration.between(ticket.issued, ticket.firstCalledAt)
                    .toMinutes();
            double unhappy = waited > 30 ? 0.2 : waited > 15 ? 0.08 : 0.025;
            double u = random.nextDouble();
            String level = u < unhappy ? "UNSATISFIED" : u < unhappy + 0.04 ? "NEUTRAL"
                    : u < unhappy + 0.04 + 0.3 ? "SATISFIED" : "VERY_SATISFIED";
            double f = random.nextDouble();
            String flag = f < 0.015 ? "REPEATED" : f < 0.02 ? "BURST" : f < 0.025 ? "NOT_ARMED" : "NONE";
            String[] reasons = {"Chờ lâu", "Hướng dẫn chưa rõ", "Thái độ phục vụ", "Thiếu chỗ ngồi", ""};
            PreparedStatement r = sql.rating;
            r.setLong(1, ++ratingId);
            r.setInt(2, counter);
            // A press outside any window belongs to no ticket, dossier or clerk (the rating table checks it).
            boolean armed = !flag.equals("NOT_ARMED");
            if (armed) {
                r.setLong(3, ticket.id);
            } else {
                r.setNull(3, java.sql.Types.INTEGER);
            }
            r.setString(4, armed ? dossier.orElse(null) : null);
            r.setString(5, armed ? clerkAt(counter) : null);
            r.setString(6, level);
            r.setString(7, flag);
            r.setString(8, armed && flag.equals("NONE") && level.equals("UNSATISFIED")
                    ? reasons[waited > 20 && random.nextDouble() < 0.6 ? 0 : random.nextInt(reasons.length)] : null);
            // Fixed-width local time, as the store writes it (Columns): readers parse it at that width.
            r.setString(9, finished.plusSeconds(5 + random.nextInt(20)).format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS")));
            r.addBatch();
            ratings++;
        }
    }

    private int pick(double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, java.sql.Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, java.sql.Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }
}
