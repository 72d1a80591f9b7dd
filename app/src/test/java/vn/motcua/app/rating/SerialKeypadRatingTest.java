package vn.motcua.app.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.DeviceSettings;
import vn.motcua.app.TestDesk;
import vn.motcua.app.counter.CounterPanelViewModel;
import vn.motcua.app.task.CurrentThreadTaskExecutor;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.rating.Rating;
import vn.motcua.core.rating.RatingFlag;
import vn.motcua.core.rating.RatingLevel;
import vn.motcua.core.rating.RatingRules;
import vn.motcua.devices.keypad.KeypadDeviceSimulator;
import vn.motcua.devices.keypad.KeypadMessage;
import vn.motcua.devices.keypad.KeypadSettings;
import vn.motcua.devices.printer.SocatPtyPair;
import vn.motcua.store.demo.DemoQueue;

/**
 * The desk as configured with {@code keypad.kind=SERIAL}: a keypad on a socat pair (the scripted device at the far
 * end) is lit by F6 for the served ticket, and its press becomes that ticket's rating with the clerk.
 */
class SerialKeypadRatingTest {
    private static final int COUNTER = 3;

    @TempDir
    Path directory;

    @Test
    void finishingLightsTheSerialPadAndItsPressIsTheTicketsRating() throws Exception {
        try (SocatPtyPair pair = new SocatPtyPair(directory, "keypad-host", "keypad-device");
                KeypadDeviceSimulator pad = new KeypadDeviceSimulator(pair.b(), "01", Duration.ofSeconds(5)).start();
                TestDesk desk = TestDesk.open(directory.resolve("desk"), new CurrentThreadTaskExecutor(),
                        DeviceSettings.virtual().withKeypad(KeypadSettings.serial(pair.a().toString())))) {
            CounterPanelViewModel panel = new CounterPanelViewModel(desk.services.queue(), desk.services.ratings(),
                    desk.services.store().dossierTickets(), COUNTER, "lan.nt", desk.executor, desk.messages(),
                    desk.clock);
            panel.start();
            desk.services.queue().issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();
            panel.callNext();
            Ticket ticket = desk.services.queue().counter(COUNTER, "lan.nt").state().orElseThrow().current()
                    .orElseThrow();

            panel.finish();
            var arm = pad.awaitFromHost(frame -> frame.message() instanceof KeypadMessage.Arm, Duration.ofSeconds(10));
            assertThat(((KeypadMessage.Arm) arm.message()).ticket()).isEqualTo(ticket.number().text());
            assertThat(((KeypadMessage.Arm) arm.message()).timeoutSeconds()).isEqualTo(30);

            Instant windowEnd = desk.services.ratings().nextDeadline().orElseThrow();
            pad.press(2, 140);
            awaitPressHeld(desk, windowEnd);
            desk.clock.advance(RatingRules.DEFAULT_DEBOUNCE);
            desk.services.ratings().settle();

            List<Rating> ratings = desk.services.store().queue().ratings(COUNTER, LocalDateTime.of(2026, 11, 23, 0, 0));
            assertThat(ratings).singleElement().satisfies(rating -> {
                assertThat(rating.flag()).isEqualTo(RatingFlag.NONE);
                assertThat(rating.level()).contains(RatingLevel.SATISFIED);
                assertThat(rating.ticket()).contains(ticket.id());
                assertThat(rating.clerk()).contains("lan.nt");
                assertThat(rating.keypad()).isEqualTo("01");
            });
            assertThat(panel.ratingStatusProperty().get()).endsWith(": Hài lòng");
            panel.dispose();
        }
    }

    /** The press travels over the pty on the keypad's threads; once held for its debounce, the next deadline moves. */
    private static void awaitPressHeld(TestDesk desk, Instant windowEnd) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (desk.services.ratings().nextDeadline().filter(next -> next.isBefore(windowEnd)).isEmpty()) {
            assertThat(System.nanoTime()).as("the press reached the desk").isLessThan(giveUp);
            Thread.sleep(10);
        }
    }
}
