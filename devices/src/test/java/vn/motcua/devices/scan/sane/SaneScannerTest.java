package vn.motcua.devices.scan.sane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanBatchResult;
import vn.motcua.core.scan.ScanBatchResult.Problem;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.ScanSettings.PaperSize;
import vn.motcua.core.scan.ScanSettings.Source;
import vn.motcua.core.scan.ScannerDevice;
import vn.motcua.devices.scan.BatchContinuation;
import vn.motcua.devices.scan.ScanSettingsRejectedException;

/** The SANE driver against a real saned serving the SANE test backend on loopback. */
class SaneScannerTest {
    @RegisterExtension
    static final SanedTestServer SANED = new SanedTestServer();

    private static final Duration NO_HANG = Duration.ofSeconds(30);
    private static final ScanSettings FLATBED_GREY = new ScanSettings(Source.FLATBED, 75, ColorMode.GRAY, PaperSize.A4);
    private static final ScanSettings FEEDER_GREY = new ScanSettings(Source.FEEDER, 75, ColorMode.GRAY, PaperSize.A4);
    /** A4 at 75 dpi on the test backend: 210 mm and 297 mm, truncated to whole pixels. */
    private static final int A4_WIDTH_75 = 620;
    private static final int A4_HEIGHT_75 = 876;

    private static ScannerDevice testScanner() {
        return new ScannerDevice(SANED.deviceId(0), "Noname", "frontend-tester");
    }

    private static SaneScanner scanner(Map<String, String> backendOptions) {
        return new SaneScanner(SANED.settings().withBackendOptions(backendOptions));
    }

    private static SaneScanner scanner() {
        return scanner(Map.of());
    }

    /** Backend options that make every buffer of the test backend wait, in small reads: a slow scanner. */
    private static Map<String, String> slow(int delayMicros) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("read-delay", "yes");
        options.put("read-delay-duration", Integer.toString(delayMicros));
        options.put("read-limit", "yes");
        options.put("read-limit-size", "8192");
        return options;
    }

    @Test
    void discoversTheTestScannersWithIdsThatEncodeHostPortAndName() {
        List<ScannerDevice> devices = scanner().discover();

        assertThat(devices).extracting(ScannerDevice::id)
                .contains("sane://127.0.0.1:" + SANED.port() + "/test:0", "sane://127.0.0.1:" + SANED.port() + "/test:1");
        assertThat(devices.getFirst().vendor()).isEqualTo("Noname");
        assertThat(devices.getFirst().model()).isEqualTo("frontend-tester");
    }

    @Test
    void flatbedGreyPageHasTheA4SizeDpiAndMode() {
        RecordingScanListener listener = new RecordingScanListener();

        ScanBatchResult result = scanner().scan(testScanner(), FLATBED_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(1, Problem.NONE));
        RawPage page = listener.pages().getFirst();
        assertThat(page.index()).isZero();
        assertThat(page.dpi()).isEqualTo(75);
        assertThat(page.mode()).isEqualTo(ColorMode.GRAY);
        assertThat(page.width()).isEqualTo(A4_WIDTH_75);
        assertThat(page.height()).isEqualTo(A4_HEIGHT_75);
        assertThat(page.pixels()).hasSize(A4_WIDTH_75 * A4_HEIGHT_75).containsOnly((byte) 0);
    }

    @Test
    void colourA5PageHasRgbRows() {
        RecordingScanListener listener = new RecordingScanListener();

        ScanBatchResult result = scanner(Map.of("test-picture", "Solid white"))
                .scan(testScanner(), new ScanSettings(Source.FLATBED, 100, ColorMode.COLOR, PaperSize.A5), listener);

        assertThat(result.problem()).isEqualTo(Problem.NONE);
        RawPage page = listener.pages().getFirst();
        assertThat(page.mode()).isEqualTo(ColorMode.COLOR);
        assertThat(page.dpi()).isEqualTo(100);
        assertThat(page.width()).isEqualTo(582);
        assertThat(page.height()).isEqualTo(826);
        assertThat(page.pixels()).hasSize(582 * 826 * 3).containsOnly((byte) 0xFF);
    }

    @Test
    void blackAndWhitePageIsPackedOneBitRowsWithInkAsSetBits() {
        RecordingScanListener listener = new RecordingScanListener();

        scanner().scan(testScanner(), new ScanSettings(Source.FLATBED, 75, ColorMode.BLACK_WHITE, PaperSize.A4), listener);

        RawPage page = listener.pages().getFirst();
        assertThat(page.mode()).isEqualTo(ColorMode.BLACK_WHITE);
        int rowBytes = (A4_WIDTH_75 + 7) / 8;
        assertThat(page.pixels()).hasSize(rowBytes * A4_HEIGHT_75);
        assertThat(page.pixels()[0]).isEqualTo((byte) 0xFF);
        assertThat(page.pixels()[rowBytes * (A4_HEIGHT_75 - 1)]).isEqualTo((byte) 0xFF);
    }

    @Test
    void feederBatchEndsWhenTheFeederRunsEmpty() {
        RecordingScanListener listener = new RecordingScanListener();

        ScanBatchResult result = scanner().scan(testScanner(), FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(10, Problem.NONE));
        assertThat(listener.pages()).extracting(RawPage::index).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
    }

    @Test
    void jamMidBatchKeepsTheEarlierPagesAndTheBatchContinuesAfterwards() {
        RecordingScanListener first = new RecordingScanListener();
        SaneScanner jamsAtFourthPage = new SaneScanner(SANED.settings(), (device, pageIndex) -> {
            if (pageIndex == 3) {
                device.getOption("read-return-value").setStringValue("SANE_STATUS_JAMMED");
            }
        });

        ScanBatchResult jammed = jamsAtFourthPage.scan(testScanner(), FEEDER_GREY, first);

        assertThat(jammed).isEqualTo(new ScanBatchResult(3, Problem.JAMMED));
        assertThat(first.pages()).extracting(RawPage::index).containsExactly(0, 1, 2);

        RecordingScanListener rest = new RecordingScanListener();
        ScanBatchResult continued = scanner().scan(testScanner(), FEEDER_GREY, BatchContinuation.after(3, rest));

        assertThat(continued.problem()).isEqualTo(Problem.NONE);
        assertThat(rest.pages()).extracting(RawPage::index).startsWith(3, 4, 5);
        assertThat(rest.progress()).allSatisfy(progress -> assertThat(progress.pageIndex()).isGreaterThanOrEqualTo(3));
    }

    @ParameterizedTest
    @CsvSource({
        "SANE_STATUS_JAMMED, JAMMED",
        "SANE_STATUS_COVER_OPEN, COVER_OPEN",
        "SANE_STATUS_IO_ERROR, IO_ERROR",
        "SANE_STATUS_NO_DOCS, NO_DOCUMENTS",
        "SANE_STATUS_DEVICE_BUSY, IO_ERROR",
    })
    void scannerStatusesBecomeProblems(String status, Problem problem) {
        RecordingScanListener listener = new RecordingScanListener();

        ScanBatchResult result = scanner(Map.of("read-return-value", status)).scan(testScanner(), FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(0, problem));
        assertThat(listener.pages()).isEmpty();
    }

    @Test
    void slowScannerReportsGrowingProgress() {
        RecordingScanListener listener = new RecordingScanListener();

        ScanBatchResult result = scanner(slow(20_000)).scan(testScanner(), FLATBED_GREY, listener);

        assertThat(result.problem()).isEqualTo(Problem.NONE);
        List<Double> fractions = listener.progress().stream().map(RecordingScanListener.Progress::fraction).toList();
        assertThat(fractions).hasSizeGreaterThan(10).isSorted().doesNotHaveDuplicates();
        assertThat(fractions.getFirst()).isLessThan(0.2);
        assertThat(fractions.getLast()).isEqualTo(1.0);
    }

    @Test
    void backendOptionOutsideItsRangeIsRejectedClearlyAndTheScannerStaysUsable() {
        assertThatThrownBy(() -> scanner(Map.of("resolution", "5000")).scan(testScanner(), FLATBED_GREY,
                new RecordingScanListener()))
                .isInstanceOf(ScanSettingsRejectedException.class)
                .hasMessageContaining("resolution").hasMessageContaining("1200");
        assertThatThrownBy(() -> scanner(Map.of("no-such-option", "1")).scan(testScanner(), FLATBED_GREY,
                new RecordingScanListener()))
                .isInstanceOf(ScanSettingsRejectedException.class)
                .hasMessageContaining("no option 'no-such-option'").hasMessageContaining("read-return-value");
        assertThatThrownBy(() -> scanner(Map.of("three-pass-order", "RGB")).scan(testScanner(), FLATBED_GREY,
                new RecordingScanListener()))
                .isInstanceOf(ScanSettingsRejectedException.class)
                .hasMessageContaining("three-pass-order");

        RecordingScanListener listener = new RecordingScanListener();
        assertThat(scanner().scan(testScanner(), FLATBED_GREY, listener)).isEqualTo(new ScanBatchResult(1, Problem.NONE));
    }

    @Test
    void duplexOnASimplexFeederIsRejectedWithTheSourcesOnOffer() {
        ScanSettings duplex = new ScanSettings(Source.FEEDER_DUPLEX, 75, ColorMode.GRAY, PaperSize.A4);

        assertThatThrownBy(() -> scanner().scan(testScanner(), duplex, new RecordingScanListener()))
                .isInstanceOf(ScanSettingsRejectedException.class)
                .hasMessageContaining("duplex").hasMessageContaining("Automatic Document Feeder");
        assertThat(scanner().scan(testScanner(), FLATBED_GREY, new RecordingScanListener()).problem())
                .isEqualTo(Problem.NONE);
    }

    @Test
    void cancelBetweenPagesKeepsTheDeliveredPages() {
        RecordingScanListener listener = new RecordingScanListener(recorded -> recorded.pages().size() == 2);

        ScanBatchResult result = scanner().scan(testScanner(), FEEDER_GREY, listener);

        assertThat(result).isEqualTo(new ScanBatchResult(2, Problem.CANCELLED));
        assertThat(listener.pages()).hasSize(2);
    }

    @Test
    void cancelDuringAReadStopsThePageAndTheScannerStaysUsable() {
        RecordingScanListener listener = new RecordingScanListener(recorded -> recorded.lastFraction() > 0.2);

        ScanBatchResult result = assertTimeoutPreemptively(NO_HANG,
                () -> scanner(slow(20_000)).scan(testScanner(), FEEDER_GREY, listener));

        assertThat(result).isEqualTo(new ScanBatchResult(0, Problem.CANCELLED));
        assertThat(listener.lastFraction()).isLessThan(1.0);
        assertThat(scanner().scan(testScanner(), FLATBED_GREY, new RecordingScanListener()).problem())
                .isEqualTo(Problem.NONE);
    }

    @Test
    void saneDyingMidPageIsDeviceGoneWithTheEarlierPagesKept() throws IOException {
        try (SanedTestServer doomed = new SanedTestServer().start()) {
            SaneScanner scanner = new SaneScanner(doomed.settings().withBackendOptions(slow(10_000)));
            RecordingScanListener listener = new RecordingScanListener();
            listener.onProgress(() -> {
                if (listener.pages().size() == 1 && listener.lastFraction() > 0.3) {
                    doomed.kill();
                }
            });

            ScanBatchResult result = assertTimeoutPreemptively(NO_HANG, () -> scanner.scan(
                    new ScannerDevice(doomed.deviceId(0), "Noname", "frontend-tester"), FEEDER_GREY, listener));

            assertThat(result).isEqualTo(new ScanBatchResult(1, Problem.DEVICE_GONE));
            assertThat(listener.pages()).hasSize(1);
        }
    }

    @Test
    void closedPortIsDeviceGoneAtOnce() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        SaneScanner scanner = new SaneScanner(SaneSettings.of("127.0.0.1", closedPort));
        ScannerDevice gone = new ScannerDevice(new SaneDeviceId("127.0.0.1", closedPort, "test:0").toString(), "", "");

        ScanBatchResult result = assertTimeoutPreemptively(NO_HANG,
                () -> scanner.scan(gone, FLATBED_GREY, new RecordingScanListener()));

        assertThat(result).isEqualTo(new ScanBatchResult(0, Problem.DEVICE_GONE));
        assertThat(scanner.discover()).isEmpty();
    }

    @Test
    void silentDaemonIsATimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SaneScanner scanner = new SaneScanner(SaneSettings.of("127.0.0.1", silent.getLocalPort())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
            ScannerDevice device = new ScannerDevice(
                    new SaneDeviceId("127.0.0.1", silent.getLocalPort(), "test:0").toString(), "", "");

            ScanBatchResult result = assertTimeoutPreemptively(NO_HANG,
                    () -> scanner.scan(device, FLATBED_GREY, new RecordingScanListener()));

            assertThat(result).isEqualTo(new ScanBatchResult(0, Problem.TIMEOUT));
        }
    }

    @Test
    void unknownDeviceNameIsDeviceGone() {
        ScannerDevice unknown = new ScannerDevice(new SaneDeviceId("127.0.0.1", SANED.port(), "test:9").toString(), "", "");

        assertThat(scanner().scan(unknown, FLATBED_GREY, new RecordingScanListener()))
                .isEqualTo(new ScanBatchResult(0, Problem.DEVICE_GONE));
    }
}
