package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.board.BoardLine;
import vn.motcua.app.board.DisplayBoardViewModel;
import vn.motcua.app.counter.CounterPanelViewModel;
import vn.motcua.app.supervisor.SupervisorViewModel;
import vn.motcua.centre.CentreSettings;
import vn.motcua.centre.PostgresCluster;
import vn.motcua.centre.PostgresQueueStore;
import vn.motcua.core.account.Role;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.TicketEventKind;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.core.rating.UnhappyAlertRule;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.Period;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.store.demo.DemoQueue;

/**
 * Centre mode when the centre's PostgreSQL server goes away (stopped like a power cut) and comes back, seen on the
 * desk's screens: the display board signs that it lost the queue's server over its last calls and shows the calls
 * made meanwhile once it has caught up; the supervisor's dashboard says the server is away, keeps its figures and
 * reads them again once it is back; and a citizen's rating pressed during the outage is kept on the counter and
 * reaches the centre, once, by itself.
 */
class CentreOutageScreensTest {
    private static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 23, 0, 0);
    private static PostgresCluster cluster;

    @TempDir
    Path directory;
    private String database;
    private TestDesk desk;
    private PostgresQueueStore otherPc;
    private QueueDesk otherDesk;

    @BeforeAll
    static void startServer() {
        cluster = PostgresCluster.start();
    }

    @AfterAll
    static void stopServer() {
        cluster.close();
    }

    @BeforeEach
    void open() throws IOException {
        database = cluster.freshDatabase();
        CentreSettings centre = cluster.deskSettings(database);
        Files.writeString(directory.resolve(DeskSettings.FILE_NAME), """
                centre.jdbcUrl=%s
                centre.user=%s
                centre.passwordFile=%s
                centre.connectTimeout=PT2S
                """.formatted(centre.jdbcUrl(), centre.user(),
                centre.passwordFile().toString().replace("\\", "/")), StandardCharsets.UTF_8);
        desk = TestDesk.open(directory);
        assertThat(desk.services.centreMode()).isTrue();
        // another PC of the centre (a counter, a kiosk) with its own connections
        otherPc = PostgresQueueStore.open(cluster.deskSettings(database));
        otherDesk = new QueueDesk(otherPc, WorkCalendar.vietnam(), desk.clock);
    }

    @AfterEach
    void close() {
        otherPc.close();
        desk.close();
        cluster.dropDatabase(database);
    }

    @Test
    void theBoardSignsTheLostServerOverItsLastCallsAndShowsTheCallsMadeMeanwhileOnceCaughtUp() {
        for (int i = 0; i < 3; i++) {
            otherDesk.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();
        }
        desk.executor.holdScheduled(); // the feed's thread hands over to the "UI thread", here the test's
        DisplayBoardViewModel board = new DisplayBoardViewModel(desk.services.queue(), desk.executor, desk.messages(),
                desk.clock);
        board.start();
        otherDesk.counter(2, "hoa.lt").callNext().orElseThrow();
        await(() -> {
            desk.executor.runScheduled();
            return numbers(board).contains("B001");
        });
        assertThat(board.unavailableProperty().get()).isFalse();
        assertThat(board.unavailableTextProperty().get()).isEmpty();

        cluster.stopAbruptly();
        try {
            await(() -> {
                desk.executor.runScheduled(); // the feed says it lost the server: no poll needed
                return board.unavailableProperty().get();
            });
            assertThat(board.unavailableTextProperty().get()).isEqualTo(desk.messages().get("board.unavailable"))
                    .isEqualTo("Đang mất kết nối máy chủ hàng đợi — các số đang hiển thị có thể chưa cập nhật");
            board.reload(); // the window's poll fails too: the last picture stays under the sign
            assertThat(board.unavailableProperty().get()).isTrue();
            assertThat(numbers(board)).containsExactly("B001");
            assertThat(board.latestNumberProperty().get()).isEqualTo("B001");
        } finally {
            cluster.startAgain();
        }

        // another counter calls the moment the server is back, before this board has heard of it
        otherDesk.counter(3, "minh.pv").callNext().orElseThrow();
        assertThat(board.unavailableProperty().get()).as("nothing read yet").isTrue();
        await(() -> {
            desk.executor.runScheduled();
            return !board.unavailableProperty().get();
        });
        assertThat(numbers(board)).containsExactly("B002", "B001");
        assertThat(board.latestNumberProperty().get()).isEqualTo("B002");
        assertThat(board.unavailableTextProperty().get()).isEmpty();
        board.dispose();
    }

    @Test
    void theDashboardSaysTheServerIsAwayKeepsItsFiguresAndReadsThemAgainOnceItIsBack() {
        desk.executor.holdScheduled();
        otherDesk.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();
        SupervisorViewModel dashboard = SupervisorViewModel.forAccount(
                desk.account("hoa.pt", "Phạm Thị Hoa", Set.of(Role.SUPERVISOR), "Giam-sat-2026"),
                desk.services.statistics(), desk.services.queue(), desk.services.queueStore(),
                desk.services.statisticsTargets(), UnhappyAlertRule.defaults(), desk.executor, desk.messages(),
                desk.clock, "Trung tâm Phục vụ hành chính công").orElseThrow();
        dashboard.kindProperty().set(Period.Kind.DAY);
        dashboard.start();
        assertThat(dashboard.kpi("issued").get()).isEqualTo("1");
        assertThat(dashboard.errorProperty().get()).isEmpty();
        String away = desk.messages().get("supervisor.error.unavailable");

        cluster.stopAbruptly();
        try {
            dashboard.load();
            assertThat(dashboard.errorProperty().get()).isEqualTo(away)
                    .startsWith("Không kết nối được máy chủ hàng đợi của trung tâm")
                    .isNotEqualTo(desk.messages().get("supervisor.error.load"));
            assertThat(dashboard.kpi("issued").get()).as("the last figures stay").isEqualTo("1");
            assertThat(dashboard.busyProperty().get()).isFalse();
            dashboard.refreshLive();
            assertThat(dashboard.errorProperty().get()).isEqualTo(away);
        } finally {
            cluster.startAgain();
        }

        otherDesk.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();
        assertThat(desk.executor.runScheduled()).as("the retry and the next live read").isPositive();
        await(() -> {
            desk.executor.runScheduled();
            return dashboard.kpi("issued").get().equals("2");
        });
        assertThat(dashboard.errorProperty().get()).isEmpty();
        dashboard.stop();
    }

    @Test
    void aRatingPressedWhileTheServerIsAwayIsKeptOnTheCounterAndReachesTheCentreOnceWhenItIsBack() {
        CounterPanelViewModel panel = new CounterPanelViewModel(desk.services.queue(), desk.services.ratings(),
                desk.services.store().dossierTickets(), 3, "lan.nt", desk.executor, desk.messages(), desk.clock);
        panel.start();
        otherDesk.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();
        panel.callNext();
        desk.clock.advance(Duration.ofMinutes(6));
        panel.finish();

        cluster.stopAbruptly();
        try {
            desk.services.ratingScreen().touch(1);
            desk.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
            desk.services.ratings().settle();
            assertThat(panel.ratingStatusProperty().get()).isEqualTo(
                    "Đánh giá vé B001: Rất hài lòng · đã lưu trên máy này, sẽ gửi lên máy chủ trung tâm khi có kết nối");
            assertThat(panel.ratingProblemProperty().get()).isFalse();
            desk.services.ratingScreen().touch(1); // again: a repeated press, kept too
            assertThat(desk.services.store().pendingRatings(desk.clock).pending(10)).hasSize(2);
        } finally {
            cluster.startAgain();
        }

        // the desk forwards them by itself once its feed is connected again
        await(() -> desk.services.ratings().pendingCount() == 0);
        var ratings = otherPc.ratings(3, DAY);
        assertThat(ratings).extracting(Rating::flag).containsExactly(RatingFlag.NONE, RatingFlag.REPEATED);
        Rating accepted = ratings.getFirst();
        assertThat(accepted.level()).contains(RatingLevel.VERY_SATISFIED);
        assertThat(otherPc.history(accepted.ticket().orElseThrow())).filteredOn(e -> e.kind() == TicketEventKind.RATED)
                .hasSize(1);
        assertThat(desk.services.ratings().forwardPending()).as("nothing forwarded twice").isZero();
        var figures = desk.services.statistics().report(Period.day(DAY.toLocalDate()),
                desk.services.statisticsTargets()).figures();
        assertThat(figures.satisfaction(GroupKey.TOTAL).levels().get(RatingRecord.Level.VERY_SATISFIED)).isEqualTo(1);
        assertThat(figures.satisfaction(GroupKey.TOTAL).flagged().get(RatingRecord.Flag.REPEATED)).isEqualTo(1);
        panel.dispose();
    }

    private static java.util.List<String> numbers(DisplayBoardViewModel board) {
        return board.lastCalls().stream().map(BoardLine::number).toList();
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 90 s").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }
}
