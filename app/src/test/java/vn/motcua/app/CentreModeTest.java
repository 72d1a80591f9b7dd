package vn.motcua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.counter.CounterPanelViewModel;
import vn.motcua.core.queue.KioskIssue;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.store.demo.DemoQueue;

/**
 * A counter PC set up for centre mode whose queue server cannot be reached (nothing listens at its address): the
 * desk still opens and takes in dossiers, the counter panel says the centre queue is unavailable and the kiosk
 * refuses to print a number nobody could call.
 */
class CentreModeTest {
    @TempDir
    Path directory;

    @Test
    void withTheCentreServerAwayIntakeGoesOnTheCounterSaysSoAndTheKioskPrintsNothing() throws IOException {
        Path password = directory.resolve("centre-password");
        Files.writeString(password, "not-in-any-log\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(DeskSettings.FILE_NAME), """
                centre.jdbcUrl=jdbc:postgresql://127.0.0.1:%d/motcua_centre
                centre.user=quay03
                centre.passwordFile=%s
                centre.connectTimeout=PT1S
                """.formatted(closedPort(), password.toString().replace("\\", "/")), StandardCharsets.UTF_8);

        try (TestDesk desk = TestDesk.open(directory)) {
            assertThat(desk.services.centreMode()).isTrue();
            var dossiers = desk.threeDossiers("lan.nt");
            assertThat(desk.services.dossiers().find(dossiers.getFirst().code())).isPresent();

            CounterPanelViewModel panel = new CounterPanelViewModel(desk.services.queue(), desk.services.ratings(),
                    desk.services.dossierTickets(), 3, "lan.nt", desk.executor, desk.messages(), desk.clock);
            panel.start();
            panel.callNext();
            assertThat(panel.messageProperty().get()).isEqualTo(desk.messages().get("counter.error.unavailable"));
            assertThat(panel.messageIsProblemProperty().get()).isTrue();
            panel.dispose();

            KioskIssue issue = desk.services.kiosk().issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL);
            assertThat(issue).isInstanceOfSatisfying(KioskIssue.NotIssued.class,
                    refused -> assertThat(refused.reason()).isEqualTo(QueueRefusal.QUEUE_UNAVAILABLE));
            assertThat(desk.services.trainingPrinter().orElseThrow().lastTicket()).isEmpty();
        }
    }

    /** A port nothing listens on: connections are refused at once, as when the server is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
