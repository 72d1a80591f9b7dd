package vn.motcua.devices.scan.escl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanBatchResult;
import vn.motcua.core.scan.ScanBatchResult.Problem;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.ScanSettings.PaperSize;
import vn.motcua.core.scan.ScanSettings.Source;
import vn.motcua.core.scan.ScannerDevice;
import vn.motcua.devices.scan.ScanSettingsRejectedException;
import vn.motcua.devices.scan.sane.RecordingScanListener;
import vn.motcua.devices.scan.sane.RecordingScanListener.Progress;

/** Hang guard only: every wait in the driver is bounded far below it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EsclScannerTest {
    private static final String SCAN_NS = "http://schemas.hp.com/imaging/escl/2011/05/03";
    private static final String PWG_NS = "http://www.pwg.org/schemas/2010/12/sm";
    private static final ScanSettings FEEDER_GREY = new ScanSettings(Source.FEEDER, 150, ColorMode.GRAY, PaperSize.A4);

    private LoopbackEsclServer server;
    private EsclScanner scanner;
    private ScannerDevice device;
    private RecordingScanListener listener = new RecordingScanListener();

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackEsclServer();
        scanner = scannerWith(EsclSettings.of(server.root()));
        device = new ScannerDevice(EsclScanner.idOf(server.root()), "HP", "LaserJet MFP M428fdw");
    }

    @AfterEach
    void stop() {
        scanner.close();
        server.close();
    }

    @Test
    void discoverOffersTheConfiguredScannerByItsCapabilities() {
        assertThat(scanner.discover()).containsExactly(
                new ScannerDevice("escl:http://127.0.0.1:" + server.port() + "/eSCL", "HP", "LaserJet MFP M428fdw"));
    }

    @Test
    void feederBatchDeliversEveryPageInOrderThenEnds() throws Exception {
        server.loadFeeder(3);

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(3, Problem.NONE));
        assertThat(listener.pages()).extracting(RawPage::index).containsExactly(0, 1, 2);
        for (RawPage page : listener.pages()) {
            assertThat(page.width()).isEqualTo(1240);
            assertThat(page.height()).isEqualTo(1754);
            assertThat(page.dpi()).isEqualTo(150);
            assertThat(page.mode()).isEqualTo(ColorMode.GRAY);
            assertThat(page.pixels()).hasSize(1240 * 1754);
            assertThat(greyAt(page, LoopbackEsclServer.markerX(1240), LoopbackEsclServer.markerY(1754)))
                    .isCloseTo(LoopbackEsclServer.markerLevel(page.index() + 1), within(8));
            assertThat(greyAt(page, 1200, 1700)).isGreaterThan(245);
        }
        assertThat(listener.progress()).containsSubsequence(new Progress(0, 1.0), new Progress(1, 1.0),
                new Progress(2, 1.0));
        assertThat(server.requests()).filteredOn(r -> r.endsWith("/NextDocument")).hasSize(4);
        assertThat(server.deletedJobs()).isEmpty();
    }

    @Test
    void jobSettingsUseTheEsclNamespacesAndTheProfile() throws Exception {
        server.loadFeeder(1);

        scanner.scan(device, new ScanSettings(Source.FEEDER_DUPLEX, 300, ColorMode.GRAY, PaperSize.A4), listener);

        Document sent = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                server.scanSettings().get(0).getBytes(StandardCharsets.UTF_8)));
        assertThat(sent.getDocumentElement().getNamespaceURI()).isEqualTo(SCAN_NS);
        assertThat(sent.getDocumentElement().getLocalName()).isEqualTo("ScanSettings");
        assertThat(text(sent, PWG_NS, "InputSource")).isEqualTo("Feeder");
        assertThat(text(sent, SCAN_NS, "Duplex")).isEqualTo("true");
        assertThat(text(sent, SCAN_NS, "ColorMode")).isEqualTo("Grayscale8");
        assertThat(text(sent, SCAN_NS, "XResolution")).isEqualTo("300");
        assertThat(text(sent, SCAN_NS, "YResolution")).isEqualTo("300");
        assertThat(text(sent, PWG_NS, "DocumentFormat")).isEqualTo("image/jpeg");
        assertThat(text(sent, PWG_NS, "Width")).isEqualTo("2480");
        assertThat(text(sent, PWG_NS, "Height")).isEqualTo("3508");
        assertThat(text(sent, PWG_NS, "ContentRegionUnits")).isEqualTo("escl:ThreeHundredthsOfInches");
        assertThat(text(sent, PWG_NS, "Version")).isEqualTo("2.63");
    }

    @Test
    void colourPagesAreRgbRows() {
        server.loadFeeder(1);

        scanner.scan(device, new ScanSettings(Source.FEEDER, 100, ColorMode.COLOR, PaperSize.A5), listener);

        RawPage page = listener.pages().get(0);
        assertThat(page.pixels()).hasSize(page.width() * page.height() * 3);
        int at = 3 * (LoopbackEsclServer.markerY(page.height()) * page.width()
                + LoopbackEsclServer.markerX(page.width()));
        for (int channel = 0; channel < 3; channel++) {
            assertThat(page.pixels()[at + channel] & 0xFF).isCloseTo(LoopbackEsclServer.markerLevel(1), within(8));
        }
        assertThat(server.scanSettings().get(0)).contains("<scan:ColorMode>RGB24</scan:ColorMode>");
    }

    @Test
    void blackAndWhitePagesComeAsPngAndArePackedMsbFirstWithOneForBlack() {
        server.loadFeeder(1);

        scanner.scan(device, new ScanSettings(Source.FEEDER, 75, ColorMode.BLACK_WHITE, PaperSize.A5), listener);

        assertThat(server.scanSettings().get(0)).contains("<pwg:DocumentFormat>image/png</pwg:DocumentFormat>",
                "<scan:ColorMode>BlackAndWhite1</scan:ColorMode>");
        RawPage page = listener.pages().get(0);
        int stride = (page.width() + 7) / 8;
        assertThat(page.pixels()).hasSize(stride * page.height());
        assertThat(bitAt(page, LoopbackEsclServer.markerX(page.width()), LoopbackEsclServer.markerY(page.height())))
                .isEqualTo(1);
        assertThat(bitAt(page, 1, 1)).isZero();
    }

    @Test
    void resolutionIsSnappedToOneTheScannerOffers() {
        server.loadFeeder(2);

        scanner.scan(device, new ScanSettings(Source.FEEDER, 250, ColorMode.GRAY, PaperSize.A5), listener);

        assertThat(server.scanSettings().get(0)).contains("<scan:XResolution>300</scan:XResolution>");
        assertThat(listener.pages()).extracting(RawPage::dpi).containsExactly(300, 300);
    }

    @Test
    void flatbedScansOnePageAndAsksNoFurther() {
        ScanBatchResult result = scanner.scan(device,
                new ScanSettings(Source.FLATBED, 100, ColorMode.GRAY, PaperSize.A4), listener);

        assertThat(result).isEqualTo(new ScanBatchResult(1, Problem.NONE));
        assertThat(server.scanSettings().get(0)).contains("<pwg:InputSource>Platen</pwg:InputSource>")
                .doesNotContain("Duplex");
        assertThat(server.requests()).filteredOn(r -> r.endsWith("/NextDocument")).hasSize(1);
    }

    @Test
    void busyAnswersAreRetriedUntilThePagesCome() {
        server.loadFeeder(3);
        server.busyBeforeJob(2);
        server.busyBeforeEachPage(2);

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(3, Problem.NONE));
        assertThat(server.busyAnswers()).isEqualTo(2 + 3 * 2);
        assertThat(listener.pages()).extracting(RawPage::index).containsExactly(0, 1, 2);
    }

    @Test
    void aScannerThatStaysBusyTimesOutAndTheJobIsCancelled() {
        scanner = scannerWith(EsclSettings.of(server.root()).withBusyRetry(Duration.ofMillis(10),
                Duration.ofMillis(300)));
        server.loadFeeder(3);
        server.busyBeforeEachPage(Integer.MAX_VALUE);

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(0, Problem.TIMEOUT));
        assertThat(server.deletedJobs()).isEqualTo(server.createdJobs()).hasSize(1);
    }

    @Test
    void anEmptyFeederIsReportedWithoutStartingAJob() {
        server.loadFeeder(0);

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(0, Problem.NO_DOCUMENTS));
        assertThat(server.createdJobs()).isEmpty();
    }

    @Test
    void notFoundAtTheFirstPageMeansNoDocuments() {
        server.loadFeeder(0);
        server.reportAdfState("ScannerAdfLoaded");

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(0, Problem.NO_DOCUMENTS));
        assertThat(server.createdJobs()).hasSize(1);
    }

    @Test
    void conflictOnJobCreationIsExplainedByTheStatus() {
        server.loadFeeder(1);
        server.conflictOnJob();

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(0, Problem.NO_DOCUMENTS));
        assertThat(server.requests()).contains("POST /eSCL/ScanJobs");
    }

    @ParameterizedTest(name = "jam answered with HTTP {0}")
    @ValueSource(ints = {404, 500, 409})
    void aJamAfterTwoPagesKeepsThemAndSaysJammed(int jamAnswer) {
        server.loadFeeder(5);
        server.jamAfterPages(2, jamAnswer);

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(2, Problem.JAMMED));
        assertThat(listener.pages()).extracting(RawPage::index).containsExactly(0, 1);
    }

    @Test
    void aJamLeftFromBeforeStopsTheBatchBeforeItStarts() {
        server.loadFeeder(5);
        server.reportAdfState("ScannerAdfJam");

        assertThat(scanner.scan(device, FEEDER_GREY, listener)).isEqualTo(new ScanBatchResult(0, Problem.JAMMED));
        assertThat(server.createdJobs()).isEmpty();
    }

    @Test
    void cancellingBetweenPagesDeletesTheJob() {
        server.loadFeeder(5);
        listener = new RecordingScanListener(recorded -> recorded.pages().size() == 1);

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(1, Problem.CANCELLED));
        assertThat(server.deletedJobs()).isEqualTo(server.createdJobs()).hasSize(1);
    }

    @Test
    void cancellingWhileAPageIsAwaitedDeletesTheJob() {
        server.loadFeeder(5);
        server.slowPages(Duration.ofMinutes(1));
        listener = new RecordingScanListener(recorded -> server.documentRequests() == 1);

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(0, Problem.CANCELLED));
        assertThat(server.deletedJobs()).isEqualTo(server.createdJobs()).hasSize(1);
    }

    @Test
    void aSilentPageTimesOut() {
        scanner = scannerWith(EsclSettings.of(server.root()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofMillis(300)));
        server.loadFeeder(2);
        server.slowPages(Duration.ofMinutes(1));

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(0, Problem.TIMEOUT));
        assertThat(server.deletedJobs()).hasSize(1);
    }

    @Test
    void aConnectionCutMidPageIsAnIoErrorAndKeepsEarlierPages() {
        server.loadFeeder(3);
        server.cutConnectionAtPage(2);

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(1, Problem.IO_ERROR));
        assertThat(listener.pages()).hasSize(1);
        assertThat(server.deletedJobs()).hasSize(1);
    }

    @Test
    void aScannerThatIsNotThereIsGone() {
        server.close();

        assertThat(scanner.scan(device, FEEDER_GREY, listener)).isEqualTo(new ScanBatchResult(0, Problem.DEVICE_GONE));
        assertThat(scanner.discover()).isEmpty();
    }

    @Test
    void aScannerSwitchedOffMidBatchIsGoneAndItsPagesStay() {
        server.loadFeeder(3);
        listener.onPage(server::close);

        ScanBatchResult result = scanner.scan(device, FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(1, Problem.DEVICE_GONE));
        assertThat(listener.pages()).hasSize(1);
    }

    @Test
    void malformedCapabilitiesAreAClearError() {
        server.serveCapabilities("<scan:ScannerCapabilities xmlns:scan=\"" + SCAN_NS + "\"><scan:Platen>");

        assertThatThrownBy(() -> scanner.capabilities(device)).isInstanceOf(EsclException.class)
                .hasMessageStartingWith("ScannerCapabilities from " + server.root() + "/ScannerCapabilities "
                        + "is not well-formed XML");
        assertThat(scanner.scan(device, FEEDER_GREY, listener)).isEqualTo(new ScanBatchResult(0, Problem.IO_ERROR));
        assertThat(scanner.discover()).isEmpty();
        assertThat(server.createdJobs()).isEmpty();
    }

    @Test
    void aScannerOfferingOnlyPdfOrNoFeederRejectsTheProfileBeforeAJob() {
        server.serveCapabilities(EsclSamples.MFP_CAPABILITIES.replace("<pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>",
                "").replace("<pwg:DocumentFormat>image/png</pwg:DocumentFormat>", ""));
        assertThatThrownBy(() -> scanner.scan(device, FEEDER_GREY, listener))
                .isInstanceOf(ScanSettingsRejectedException.class)
                .hasMessage("The scanner offers neither JPEG nor PNG, only [application/octet-stream, application/pdf]");

        server.serveCapabilities(EsclSamples.FLATBED_CAPABILITIES);
        assertThatThrownBy(() -> scanner.scan(device, FEEDER_GREY, listener))
                .isInstanceOf(ScanSettingsRejectedException.class)
                .hasMessage("The scanner has no ADF_SIMPLEX input, only [PLATEN]");
        assertThat(server.createdJobs()).isEmpty();
    }

    @Test
    void statusIsReadable() throws Exception {
        server.loadFeeder(2);

        EsclStatus status = scanner.status(device);

        assertThat(status.state()).isEqualTo(EsclStatus.State.IDLE);
        assertThat(status.adfState()).isEqualTo("ScannerAdfLoaded");
    }

    @Test
    void onlyEsclDeviceIdsAreAccepted() {
        assertThatThrownBy(() -> scanner.scan(new ScannerDevice("sane:test:0", "SANE", "test"), FEEDER_GREY, listener))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sane:test:0");
        assertThat(EsclScanner.idOf(URI.create("http://192.168.1.20"))).isEqualTo("escl:http://192.168.1.20/eSCL");
    }

    private EsclScanner scannerWith(EsclSettings settings) {
        if (scanner != null) {
            scanner.close();
        }
        return new EsclScanner(settings.withBusyRetry(Duration.ofMillis(10), settings.busyTimeout()));
    }

    private static int greyAt(RawPage page, int x, int y) {
        return page.pixels()[y * page.width() + x] & 0xFF;
    }

    private static int bitAt(RawPage page, int x, int y) {
        int stride = (page.width() + 7) / 8;
        return (page.pixels()[y * stride + x / 8] >> (7 - x % 8)) & 1;
    }

    private static String text(Document document, String namespace, String name) {
        var nodes = document.getElementsByTagNameNS(namespace, name);
        assertThat(nodes.getLength()).as("{%s}%s", namespace, name).isEqualTo(1);
        return nodes.item(0).getTextContent();
    }
}
