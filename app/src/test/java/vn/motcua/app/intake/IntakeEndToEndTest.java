package vn.motcua.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.DeviceSettings;
import vn.motcua.app.TestDesk;
import vn.motcua.app.scan.ScanSession;
import vn.motcua.app.scan.ScanTarget;
import vn.motcua.app.task.CurrentThreadTaskExecutor;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.devices.pdf.SignedPdfs;
import vn.motcua.app.dossier.DossierDetailViewModel;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.Ticket;
import vn.motcua.core.queue.TicketStatus;
import vn.motcua.devices.printer.PrinterSettings;
import vn.motcua.devices.printer.SocatPtyPair;
import vn.motcua.devices.scan.sane.SaneScanner;
import vn.motcua.devices.scan.sane.SanedTestServer;
import vn.motcua.store.demo.DemoQueue;

/**
 * The counter's whole job on real parts, headless: a called ticket, a dossier for a demo procedure, the owner
 * read from the ID card's QR code over a socat serial pair, one component reused from an earlier dossier and one
 * scanned from saned's test backend, acceptance with the Mẫu 01 receipt, and finally the agency's signed result
 * attached (its signature checked) and returned.
 */
class IntakeEndToEndTest {
    @RegisterExtension
    static final SanedTestServer SANED = new SanedTestServer();

    static final String CARD_QR = "079190001234|025123456|Nguyễn Thị Hồng Nhung|15031990|Nữ|"
            + "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh|20042021";
    static final String APPLICATION = "DEMO.TP.001.01";
    static final String ID_PAPERS = "DEMO.TP.001.02";

    @TempDir
    Path directory;

    private SocatPtyPair serial;
    private TestDesk desk;

    @AfterEach
    void close() throws Exception {
        if (desk != null) {
            desk.close();
        }
        if (serial != null) {
            serial.close();
        }
    }

    private IntakeViewModel intakeScreen(java.util.Optional<vn.motcua.core.intake.ServedTicket> served) {
        IntakeViewModel model = new IntakeViewModel(desk.services.intake(), desk.services.catalogue(),
                desk.services.intakeForms(), desk.services.store().dossierTickets(), served, desk.executor,
                desk.messages(), desk.clock, "lan.nt", "Nguyễn Thị Lan", desk.services.settings().agencyName());
        model.start();
        desk.executor.runScheduled();
        model.procedureQueryProperty().set("cap ban sao van bang");
        desk.executor.runScheduled();
        model.choose(model.procedures().getFirst());
        return model;
    }

    /** The card is scanned on the reader: the text crosses the serial pair and reaches the open screen. */
    private void scanCard(IntakeViewModel screen) throws Exception {
        desk.services.cardReader().attach(screen::qrScanned, screen::readerProblem);
        try (OutputStream reader = Files.newOutputStream(serial.b())) {
            reader.write((CARD_QR + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (desk.executor.runScheduled() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // waiting for the reader thread's hand-over, as the JavaFX thread would
        }
        desk.services.cardReader().detach();
    }

    @Test
    void aCalledTicketBecomesAnAcceptedDossierWithAReceiptAndItsResultIsReturned() throws Exception {
        serial = new SocatPtyPair(Files.createDirectories(directory.resolve("tty")));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        executor.holdScheduled();
        desk = TestDesk.open(directory.resolve("desk"), executor,
                new DeviceSettings(PrinterSettings.virtual(), new SaneScanner(SANED.settings()), List.of())
                        .withQrReader(serial.a().toString()));

        // An earlier dossier of the same citizen left her ID papers digitised.
        IntakeViewModel earlier = intakeScreen(java.util.Optional.empty());
        scanCard(earlier);
        earlier.attachScanned(APPLICATION, List.of(desk.services.store().files().put(
                new java.io.ByteArrayInputStream("đơn cũ".getBytes(StandardCharsets.UTF_8)), "application/pdf", "a.pdf")));
        earlier.attachScanned(ID_PAPERS, List.of(desk.services.store().files().put(
                new java.io.ByteArrayInputStream("cccd".getBytes(StandardCharsets.UTF_8)), "application/pdf", "c.pdf")));
        earlier.accept();
        Dossier first = earlier.storedProperty().get();
        desk.clock.advance(Duration.ofMinutes(30));

        // The ticket is called and the citizen sits down at counter 1.
        Ticket ticket = desk.services.queue().issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL).orElseThrow();
        CounterDesk counter = desk.services.queue().counter(1, "lan.nt");
        assertThat(counter.callNext().orElseThrow().id()).isEqualTo(ticket.id());
        counter.startServing().orElseThrow();

        IntakeViewModel intake = intakeScreen(java.util.Optional.of(
                new vn.motcua.core.intake.ServedTicket(ticket.id(), 1)));
        scanCard(intake);
        assertThat(intake.ownerNameProperty().get()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(intake.ownerIdProperty().get()).isEqualTo("079190001234");

        intake.reuse(ID_PAPERS);

        AtomicReference<ScanSession> session = new AtomicReference<>();
        intake.prepareScan(APPLICATION, "Đơn đề nghị", target -> session.set(desk.services.scanSession(target,
                intake::attachScanned)));
        try (ScanSession scanning = session.get()) {
            var panel = scanning.model();
            panel.discover();
            assertThat(panel.deviceProperty().get().id()).isEqualTo(SANED.deviceId(0));
            panel.profileProperty().set(panel.profiles().get(1)); // flatbed, grey
            panel.scan();
            desk.executor.runScheduled();
            assertThat(panel.pages()).hasSize(1);
            panel.save();
        }

        intake.accept();
        desk.executor.runScheduled();
        Dossier dossier = intake.storedProperty().get();
        assertThat(dossier).as(intake.messageProperty().get()).isNotNull();
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        DossierComponent application = dossier.components().get(0);
        DossierComponent idPapers = dossier.components().get(1);
        assertThat(application.digitised()).isTrue();
        assertThat(application.reused()).isFalse();
        assertThat(application.files()).singleElement().satisfies(f -> assertThat(f.mediaType())
                .isEqualTo("application/pdf"));
        assertThat(idPapers.reused()).isTrue();
        assertThat(idPapers.files()).isEqualTo(first.components().get(1).files());

        try (PDDocument receipt = Loader.loadPDF(desk.services.store().files()
                .open(intake.issuedFormProperty().get()).orElseThrow().readAllBytes())) {
            String text = new PDFTextStripper().getText(receipt);
            assertThat(text).contains(dossier.code().value(), "Nguyễn Thị Hồng Nhung", "GIẤY TIẾP NHẬN HỒ SƠ",
                    "25/11/2026");
        }
        assertThat(desk.services.store().dossierTickets().dossiersOf(ticket.id())).as("bound to the ticket, for the "
                + "rating and the service time").containsExactly(dossier.code());
        counter.finish().orElseThrow();
        assertThat(desk.services.queue().ticket(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.FINISHED);

        // The handling agency sends its signed result back; the citizen collects it at the counter.
        Dossier processed = dossier.moveTo(DossierStatus.PROCESSING, LocalDateTime.of(2026, 11, 23, 10, 0), "xl", "")
                .moveTo(DossierStatus.PROCESSED, LocalDateTime.of(2026, 11, 25, 7, 30), "xl", "");
        desk.services.dossiers().save(processed);
        desk.clock.advance(Duration.ofDays(2));
        DossierDetailViewModel detail = new DossierDetailViewModel(dossier.code(), desk.services.dossierRecords(),
                desk.services.intake(), desk.services.intakeForms(), desk.services::syncStateOf, desk.executor,
                desk.messages(), desk.clock, "lan.nt", "Nguyễn Thị Lan");
        detail.load();
        detail.attachResultFile(java.nio.file.Files.write(directory.resolve("ban-sao-trich-luc.pdf"),
                new SignedPdfs("UBND phường Ba Đình").sign(SignedPdfs.unsigned("x"))));
        detail.returnResult(ResultDelivery.AT_COUNTER, "Nguyễn Thị Hồng Nhung");

        Dossier returned = desk.services.dossiers().find(dossier.code()).orElseThrow();
        assertThat(returned.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(returned.history().getLast().note()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(desk.services.store().resultFiles().of(dossier.code())).singleElement()
                .satisfies(result -> assertThat(result.signature().signer()).isEqualTo("UBND phường Ba Đình"));
    }
}
