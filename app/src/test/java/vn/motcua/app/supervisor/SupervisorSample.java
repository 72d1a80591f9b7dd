package vn.motcua.app.supervisor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.motcua.app.TestDesk;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.Channel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.ServiceId;
import vn.motcua.core.queue.Ticket;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.demo.DemoQueue;

/**
 * Days at the four demo counters played through the real queue desk minute by minute (seeded: the same every
 * run): arrivals peaking mid-morning, services of 3 to 12 minutes, a few no-shows, keypad ratings, and dossiers
 * taken in on some services with their processing. People are placeholders. Ends on the test desk's "now",
 * Monday 23/11/2026 at 10:30, with citizens still waiting.
 */
public final class SupervisorSample {
    public static final String[] CLERKS = {"lan.nt", "minh.lv", "tuan.nv", "thu.ht"};
    private static final ServiceId[] SERVICES = {DemoQueue.CERTIFICATE_COPIES, DemoQueue.SCHOOL_TRANSFER,
            DemoQueue.OTHER_PROCEDURES};
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final TestDesk desk;
    private final Path database;
    private final SplittableRandom random;
    private final WorkCalendar calendar = WorkCalendar.vietnam();
    private final List<Object[]> ratings = new ArrayList<>();
    private int dossierSequence;

    public SupervisorSample(TestDesk desk, Path directory, long seed) {
        this.desk = desk;
        this.database = directory.resolve(OfflineStore.DATABASE_FILE);
        this.random = new SplittableRandom(seed);
    }

    /** Plays the working days before today (as many as asked), then today until 10:30. */
    public void play(int pastDays) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = TODAY.minusDays(1); days.size() < pastDays; day = day.minusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days.addFirst(day);
            }
        }
        for (LocalDate day : days) {
            playDay(day, LocalTime.of(17, 0));
            desk.services.queue().closeDay(day);
        }
        playDay(TODAY, LocalTime.of(10, 30));
        insertRatings();
        moveTo(TODAY.atTime(10, 30));
    }

    private void moveTo(LocalDateTime target) {
        LocalDateTime now = LocalDateTime.ofInstant(desk.clock.instant(), desk.clock.getZone());
        desk.clock.advance(Duration.between(now, target));
    }

    private void playDay(LocalDate day, LocalTime end) {
        QueueDesk queue = desk.services.queue();
        List<CounterDesk> counters = new ArrayList<>();
        for (int i = 0; i < CLERKS.length; i++) {
            counters.add(queue.counter(i + 1, CLERKS[i]));
        }
        LocalDateTime[] busyUntil = new LocalDateTime[counters.size()];
        boolean[] noShow = new boolean[counters.size()];
        boolean[] seated = new boolean[counters.size()];
        double busyness = day.getDayOfWeek().getValue() == 1 ? 1.3 : 0.8 + 0.4 * random.nextDouble();
        for (LocalDateTime now = day.atTime(7, 30); now.toLocalTime().isBefore(end); now = now.plusMinutes(1)) {
            LocalTime time = now.toLocalTime();
            boolean lunch = time.isAfter(LocalTime.of(11, 30)) && time.isBefore(LocalTime.of(13, 30));
            moveTo(now);
            for (int c = 0; c < counters.size(); c++) {
                if (busyUntil[c] != null && !noShow[c] && !seated[c] && busyUntil[c].isAfter(now)) {
                    counters.get(c).startServing();
                    seated[c] = true;
                }
                if (busyUntil[c] != null && !busyUntil[c].isAfter(now)) {
                    if (noShow[c]) {
                        counters.get(c).markNoShow();
                    } else {
                        counters.get(c).finish().done().ifPresent(this::afterService);
                    }
                    busyUntil[c] = null;
                    noShow[c] = false;
                    seated[c] = false;
                }
            }
            double perMinute = busyness * arrivalsPerMinute(time);
            while (random.nextDouble() < perMinute) {
                queue.issue(SERVICES[pick()], PriorityGroup.NORMAL);
                perMinute -= 1;
            }
            for (int c = 0; c < counters.size(); c++) {
                if (busyUntil[c] == null && !lunch && time.isBefore(LocalTime.of(16, 50))) {
                    if (counters.get(c).callNext().done().isPresent()) {
                        noShow[c] = random.nextDouble() < 0.05;
                        busyUntil[c] = now.plusMinutes(noShow[c] ? 1 : 3 + random.nextInt(10));
                    }
                }
            }
        }
    }

    /** Peaks at 08:30–10:00, a smaller afternoon wave; none outside the issuing windows. */
    private static double arrivalsPerMinute(LocalTime time) {
        if (time.isBefore(LocalTime.of(7, 30)) || (time.isAfter(LocalTime.of(11, 0))
                && time.isBefore(LocalTime.of(13, 30))) || time.isAfter(LocalTime.of(16, 30))) {
            return 0;
        }
        int minute = time.getHour() * 60 + time.getMinute();
        return minute < 8 * 60 ? 0.25 : minute < 10 * 60 + 30 ? 0.62 : minute < 12 * 60 ? 0.3 : 0.35;
    }

    private int pick() {
        double u = random.nextDouble();
        return u < 0.5 ? 0 : u < 0.75 ? 1 : 2;
    }

    private void afterService(Ticket ticket) {
        LocalDateTime at = LocalDateTime.ofInstant(desk.clock.instant(), desk.clock.getZone());
        int counter = ticket.call().map(Ticket.Call::counter).orElse(1);
        String clerk = CLERKS[counter - 1];
        long waited = ticket.firstCalledAt().map(first -> Duration.between(ticket.issuedAt(), first).toMinutes())
                .orElse(0L);
        if (random.nextDouble() < 0.6) {
            double unhappy = waited > 20 ? 0.25 : 0.03;
            double u = random.nextDouble();
            String level = u < unhappy ? "UNSATISFIED" : u < unhappy + 0.05 ? "NEUTRAL"
                    : u < unhappy + 0.35 ? "SATISFIED" : "VERY_SATISFIED";
            String flag = random.nextDouble() < 0.03 ? "REPEATED" : "NONE";
            String[] reasons = {"Chờ lâu", "Hướng dẫn chưa rõ", "Thái độ phục vụ"};
            ratings.add(new Object[] {counter, clerk, level, flag,
                    flag.equals("NONE") && level.equals("UNSATISFIED")
                            ? reasons[waited > 20 ? 0 : random.nextInt(reasons.length)] : null,
                    at.plusSeconds(10).format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS"))});
        }
        if (random.nextDouble() < 0.45) {
            takeIn(at, clerk);
        }
    }

    private void takeIn(LocalDateTime at, String clerk) {
        Procedure procedure = desk.procedure(dossierSequence);
        int sequence = ++dossierSequence;
        DossierCode code = new DossierCode(desk.services.settings().agencyCode(), at.toLocalDate(), sequence);
        DossierOwner owner = new DossierOwner(OwnerType.CITIZEN, "Công dân thử " + sequence,
                String.format("079099%06d", sequence), "Phường Mẫu", "", "");
        List<DossierComponent> components = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            boolean reused = random.nextDouble() < 0.3;
            components.add(new DossierComponent("TP" + i, "Thành phần " + (i + 1), DocumentForm.CERTIFIED_COPY, 1,
                    reused || random.nextDouble() < 0.65, reused, random.nextDouble() < 0.1, List.of()));
        }
        double outcome = random.nextDouble();
        if (outcome < 0.08) {
            // refused at once (Mẫu 03), or asked for a supplement at intake (Mẫu 02)
            desk.services.dossiers().save(Dossier.open(code, procedure.code(), procedure.name(), owner, components,
                    List.of(), 1, Channel.COUNTER, ResultDelivery.AT_COUNTER, at, Optional.empty(), clerk,
                    outcome < 0.03 ? DossierStatus.NOT_RECEIVED : DossierStatus.SUPPLEMENT_REQUESTED));
            return;
        }
        LocalDateTime due = calendar.plusWorkingTime(at, Duration.ofHours(8L * (1 + random.nextInt(3))));
        Dossier dossier = Dossier.open(code, procedure.code(), procedure.name(), owner, components, List.of(), 1,
                Channel.COUNTER, ResultDelivery.AT_COUNTER, at, Optional.of(due), clerk, DossierStatus.RECEIVED);
        LocalDateTime ended = random.nextDouble() < 0.88
                ? calendar.plusWorkingTime(at, Duration.ofMinutes(30 + random.nextInt(
                        (int) Math.max(31, calendar.workingTimeBetween(at, due).toMinutes() - 30))))
                : calendar.plusWorkingTime(due, Duration.ofHours(2 + random.nextInt(10)));
        LocalDateTime now = TODAY.atTime(10, 30);
        if (ended.isBefore(now)) {
            dossier = dossier.moveTo(DossierStatus.PROCESSING, at.plusMinutes(20), clerk, "")
                    .moveTo(DossierStatus.PROCESSED, ended, clerk, "");
            LocalDateTime returned = calendar.plusWorkingTime(ended, Duration.ofHours(3));
            if (returned.isBefore(now)) {
                dossier = dossier.moveTo(DossierStatus.RESULT_RETURNED, returned, clerk, "");
            }
        }
        desk.services.dossiers().save(dossier);
    }

    private void insertRatings() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO rating (counter, keypad, key_number, dossier_code, clerk, level, flag, reason,
                                            pressed_at, held_ms)
                        VALUES (?1, 'pad', 1, CASE WHEN ?4 = 'NOT_ARMED' THEN NULL ELSE 'SAMPLE-' || ?6 END,
                                CASE WHEN ?4 = 'NOT_ARMED' THEN NULL ELSE ?2 END, ?3, ?4, ?5, ?6, 0)""")) {
            connection.setAutoCommit(false);
            for (Object[] rating : ratings) {
                insert.setInt(1, (Integer) rating[0]);
                insert.setString(2, (String) rating[1]);
                insert.setString(3, (String) rating[2]);
                insert.setString(4, (String) rating[3]);
                insert.setString(5, (String) rating[4]);
                insert.setString(6, (String) rating[5]);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
