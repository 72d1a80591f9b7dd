package vn.motcua.app.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.app.dossier.DossierDetailViewModel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.store.demo.DemoQueue;

/** The counter panel arms the keypad when a service ends and shows the countdown, the outcome and the alert. */
class CounterRatingTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private CounterPanelViewModel panel;

    @BeforeEach
    void open() {
        desk = TestDesk.open(directory);
        panel = new CounterPanelViewModel(desk.services.queue(), desk.services.ratings(),
                desk.services.store().dossierTickets(), 3, "lan.nt", desk.executor, desk.messages(), desk.clock);
        panel.start();
    }

    @AfterEach
    void close() {
        panel.dispose();
        desk.close();
    }

    @Test
    void finishingArmsTheKeypadForTheTicketItsDossierAndTheClerkAndShowsTheRating() {
        Ticket ticket = called();
        Dossier dossier = takenInOn(ticket);

        panel.finish();
        assertThat(panel.ratingWaitingProperty().get()).isTrue();
        assertThat(panel.ratingStatusProperty().get()).isEqualTo("Chờ công dân đánh giá vé B001 · còn 30 giây");
        desk.clock.advance(Duration.ofSeconds(10));
        panel.tick();
        assertThat(panel.ratingStatusProperty().get()).isEqualTo("Chờ công dân đánh giá vé B001 · còn 20 giây");

        desk.services.ratingScreen().touch(1);
        settleAfterDebounce();

        assertThat(panel.ratingWaitingProperty().get()).isFalse();
        assertThat(panel.ratingStatusProperty().get()).isEqualTo("Đánh giá vé B001: Rất hài lòng");
        Rating rating = ratings().getLast();
        assertThat(rating.ticket()).contains(ticket.id());
        assertThat(rating.dossier()).contains(dossier.code());
        assertThat(rating.clerk()).contains("lan.nt");
        assertThat(rating.keypad()).isEqualTo("screen");
    }

    @Test
    void aWindowThatRunsOutAndPressesThatDoNotCountAreShown() {
        called();
        panel.finish();
        desk.services.ratingScreen().touch(2);
        desk.clock.advance(Duration.ofMillis(100));
        desk.services.ratingScreen().touch(2);
        assertThat(panel.ratingStatusProperty().get())
                .isEqualTo("Chờ công dân đánh giá vé B001 · còn 30 giây · 2 lần bấm không tính điểm");

        desk.clock.advance(Duration.ofSeconds(30));
        desk.services.ratings().settle();
        assertThat(panel.ratingStatusProperty().get())
                .isEqualTo("Hết thời gian đánh giá vé B001: công dân không bấm");

        desk.services.ratingScreen().typed(2);
        assertThat(panel.ratingStatusProperty().get())
                .isEqualTo("Đã ghi lại một lần bấm không tính điểm: bấm ngoài lượt đánh giá");
        assertThat(ratings()).extracting(Rating::flag).containsExactly(RatingFlag.BURST, RatingFlag.BURST,
                RatingFlag.NOT_ARMED);
    }

    @Test
    void anUnhappyStreakRaisesTheAlertOnThePanel() {
        java.util.List<String> alerts = new java.util.ArrayList<>();
        for (int key : new int[] {1, 3, 2, 3}) {
            called();
            panel.finish();
            desk.services.ratingScreen().touch(key);
            settleAfterDebounce();
            alerts.add(panel.ratingAlertProperty().get());
        }

        assertThat(alerts).containsExactly("", "", "",
                "Cảnh báo hài lòng: 2/4 đánh giá không hài lòng trong 15 phút qua");
        desk.clock.advance(Duration.ofMinutes(16));
        panel.reload();
        assertThat(panel.ratingAlertProperty().get()).as("the ratings have aged out").isEmpty();
    }

    @Test
    void handingAResultBackArmsForTheDossierAndTheTicketOfTheVisitIsRatedOnce() {
        Dossier dossier = processed();
        Ticket ticket = called();
        DossierDetailViewModel detail = detail(dossier);

        detail.returnResult(ResultDelivery.AT_COUNTER, "Vũ Đình Khải");
        assertThat(panel.ratingStatusProperty().get()).isEqualTo("Chờ công dân đánh giá vé B001 · còn 30 giây");
        desk.services.ratingScreen().touch(3);
        settleAfterDebounce();
        panel.finish();

        assertThat(panel.ratingStatusProperty().get()).isEqualTo("vé B001 đã được đánh giá");
        Rating rating = ratings().getLast();
        assertThat(rating.level()).contains(RatingLevel.UNSATISFIED);
        assertThat(rating.ticket()).contains(ticket.id());
        assertThat(rating.dossier()).contains(dossier.code());
    }

    @Test
    void aResultHandedBackWithoutATicketIsRatedOnTheDossier() {
        Dossier dossier = processed();

        detail(dossier).returnResult(ResultDelivery.AT_COUNTER, "Vũ Đình Khải");
        assertThat(panel.ratingStatusProperty().get())
                .isEqualTo("Chờ công dân đánh giá hồ sơ " + dossier.code().value() + " · còn 30 giây");
        desk.services.ratingScreen().touch(2);
        settleAfterDebounce();

        assertThat(panel.ratingStatusProperty().get())
                .isEqualTo("Đánh giá hồ sơ " + dossier.code().value() + ": Hài lòng");
        assertThat(ratings().getLast().ticket()).isEmpty();
        assertThat(ratings().getLast().dossier()).contains(dossier.code());
    }

    private Ticket called() {
        desk.services.queue().issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();
        panel.callNext();
        return desk.services.queue().counter(3, "lan.nt").state().orElseThrow().current().orElseThrow();
    }

    private Dossier takenInOn(Ticket ticket) {
        Dossier dossier = desk.receive(5, "Vũ Đình Khải", "024088004321", LocalDateTime.of(2026, 11, 23, 8, 0),
                Optional.of(LocalDateTime.of(2026, 11, 25, 8, 0)), "lan.nt");
        desk.services.store().dossierTickets().link(dossier.code(), new ServedTicket(ticket.id(), 3), "lan.nt",
                LocalDateTime.of(2026, 11, 23, 8, 0));
        return dossier;
    }

    private Dossier processed() {
        Dossier dossier = desk.receive(6, "Vũ Đình Khải", "024088004321", LocalDateTime.of(2026, 11, 20, 7, 35),
                Optional.of(LocalDateTime.of(2026, 11, 25, 8, 0)), "lan.nt");
        DossierDetailViewModel detail = detail(dossier);
        detail.startProcessing("Phòng Tư pháp");
        detail.finishProcessing();
        return dossier;
    }

    private DossierDetailViewModel detail(Dossier dossier) {
        DossierDetailViewModel model = new DossierDetailViewModel(dossier.code(), desk.services.dossierRecords(),
                desk.services.intake(), desk.services.intakeForms(), desk.services::syncStateOf, desk.executor,
                desk.messages(), desk.clock, "lan.nt", "Nguyễn Thị Lan", panel::armForReturn);
        model.load();
        return model;
    }

    private void settleAfterDebounce() {
        desk.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
        desk.services.ratings().settle();
    }

    private java.util.List<Rating> ratings() {
        return desk.services.store().queue().ratings(3, LocalDateTime.of(2026, 11, 23, 0, 0));
    }
}
