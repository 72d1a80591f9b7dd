package vn.motcua.devices.scan.virtual;

import vn.motcua.devices.fonts.BundledFonts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
import vn.motcua.devices.scan.sane.RecordingScanListener;

class VirtualScannerTest {
    private static final ScanSettings FEEDER_GREY = new ScanSettings(Source.FEEDER, 100, ColorMode.GRAY, PaperSize.A4);

    private final RecordingScanListener listener = new RecordingScanListener();

    @ParameterizedTest(name = "{0} {1} dpi {2} -> {3}x{4}")
    @CsvSource({
            "A4,     150, GRAY,        1240, 1754",
            "A5,     100, COLOR,        583,  827",
            "LETTER, 200, BLACK_WHITE, 1700, 2200",
            "A4,     300, COLOR,       2480, 3508",
            "A4,    1200, GRAY,        4961, 7016",
    })
    void pagesHaveTheRequestedSizeResolutionAndMode(PaperSize paper, int dpi, ColorMode mode, int width, int height) {
        VirtualScanner scanner = new VirtualScanner(VirtualScannerSettings.withSeed(7).withFeederSheets(1));

        ScanBatchResult result = scanner.scan(device(scanner), new ScanSettings(Source.FEEDER, dpi, mode, paper),
                listener);

        assertThat(result).isEqualTo(new ScanBatchResult(1, Problem.NONE));
        RawPage page = listener.pages().get(0);
        assertThat(page.width()).isEqualTo(width);
        assertThat(page.height()).isEqualTo(height);
        assertThat(page.dpi()).isEqualTo(Math.min(dpi, VirtualScanner.MAX_DPI));
        assertThat(page.mode()).isEqualTo(mode);
        int bytes = switch (mode) {
            case GRAY -> width * height;
            case COLOR -> width * height * 3;
            case BLACK_WHITE -> (width + 7) / 8 * height;
        };
        assertThat(page.pixels()).hasSize(bytes);
        assertThat(inkFraction(grey(page), width, height)).as("a form has ink").isGreaterThan(0.01);
    }

    @Test
    void colourPagesCarryBlueInkAndGreyPaper() {
        VirtualScanner scanner = new VirtualScanner(VirtualScannerSettings.withSeed(3).withFeederSheets(1));

        scanner.scan(device(scanner), new ScanSettings(Source.FEEDER, 100, ColorMode.COLOR, PaperSize.A4), listener);

        byte[] rgb = listener.pages().get(0).pixels();
        long blue = 0;
        for (int i = 0; i < rgb.length; i += 3) {
            if ((rgb[i + 2] & 0xFF) - (rgb[i] & 0xFF) > 60) {
                blue++;
            }
        }
        assertThat(blue).as("signature pixels in blue ink").isGreaterThan(20);
        int centre = 3 * (listener.pages().get(0).width() * 20 + listener.pages().get(0).width() / 2);
        assertThat(rgb[centre] & 0xFF).as("paper is slightly grey, not pure white").isBetween(236, 252);
    }

    @Test
    void sheetsAreSkewedWithinTwoDegreesAndNotAllAlike() {
        List<Double> skews = new ArrayList<>();
        for (long seed = 1; seed <= 8; seed++) {
            VirtualScanner scanner = new VirtualScanner(VirtualScannerSettings.withSeed(seed).withFeederSheets(1));
            RecordingScanListener pages = new RecordingScanListener();
            scanner.scan(device(scanner), FEEDER_GREY, pages);
            RawPage page = pages.pages().get(0);
            skews.add(SkewEstimate.degrees(page.pixels(), page.width(), page.height()));
        }

        assertThat(skews).allSatisfy(skew -> assertThat(Math.abs(skew)).isLessThanOrEqualTo(2.05));
        double spread = skews.stream().mapToDouble(d -> d).max().orElseThrow()
                - skews.stream().mapToDouble(d -> d).min().orElseThrow();
        assertThat(spread).as("skews %s", skews).isGreaterThan(0.4);
    }

    @Test
    void aBlankPageIsMostlyWhiteButHasDust() {
        VirtualScanner scanner = new VirtualScanner(VirtualScannerSettings.withSeed(11).withBlankPage(2));

        scanner.scan(device(scanner), new ScanSettings(Source.FEEDER, 300, ColorMode.GRAY, PaperSize.A4), listener);

        RawPage blank = listener.pages().get(1);
        double ink = inkFraction(blank.pixels(), blank.width(), blank.height());
        assertThat(ink).as("below the 0.15%% blank-page threshold").isLessThan(0.0015).isGreaterThan(0.0);
        assertThat(inkFraction(listener.pages().get(0).pixels(), blank.width(), blank.height())).isGreaterThan(0.01);
        assertThat(inkFraction(listener.pages().get(2).pixels(), blank.width(), blank.height())).isGreaterThan(0.01);
    }

    @Test
    void sameSeedSamePagesOtherSeedOtherPages() {
        List<RawPage> first = batch(42, 2);
        List<RawPage> again = batch(42, 2);
        List<RawPage> other = batch(43, 2);

        assertThat(again).hasSize(first.size());
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i).pixels()).isEqualTo(first.get(i).pixels());
        }
        assertThat(other.get(0).pixels()).isNotEqualTo(first.get(0).pixels());
    }

    @Test
    void aConfiguredJamKeepsThePagesBeforeIt() {
        VirtualScanner scanner = new VirtualScanner(VirtualScannerSettings.withSeed(5).withFeederSheets(5)
                .withJamAfterPages(2));

        assertThat(scanner.scan(device(scanner), FEEDER_GREY, listener)).isEqualTo(new ScanBatchResult(2, Problem.JAMMED));
        assertThat(listener.pages()).extracting(RawPage::index).containsExactly(0, 1);
    }

    @Test
    void emptyFeederDuplexAndCancel() {
        VirtualScanner empty = new VirtualScanner(VirtualScannerSettings.withSeed(5).withFeederSheets(0));
        assertThat(empty.scan(device(empty), FEEDER_GREY, listener)).isEqualTo(new ScanBatchResult(0, Problem.NO_DOCUMENTS));

        VirtualScanner duplex = new VirtualScanner(VirtualScannerSettings.withSeed(5).withFeederSheets(2));
        RecordingScanListener sides = new RecordingScanListener();
        assertThat(duplex.scan(device(duplex), new ScanSettings(Source.FEEDER_DUPLEX, 75, ColorMode.GRAY, PaperSize.A4),
                sides)).isEqualTo(new ScanBatchResult(4, Problem.NONE));
        assertThat(sides.pages()).extracting(p -> inkFraction(p.pixels(), p.width(), p.height()) < 0.0015)
                .as("fronts have text, backs are blank").containsExactly(false, true, false, true);

        RecordingScanListener cancelling = new RecordingScanListener(recorded -> recorded.pages().size() == 1);
        assertThat(duplex.scan(device(duplex), FEEDER_GREY, cancelling))
                .isEqualTo(new ScanBatchResult(1, Problem.CANCELLED));
    }

    @Test
    void theBundledFontsHaveEveryLetterOfTheForms() {
        Stream.concat(Stream.of(SampleDocument.NATION, SampleDocument.MOTTO), SampleDocument.ALL.stream()
                        .flatMap(d -> Stream.of(List.of(d.title(), d.recipient(), d.signerRole(), d.signerName(),
                                d.place()), d.agency(), d.fields(), d.paragraphs(), d.table()).flatMap(List::stream)))
                .forEach(text -> {
                    assertThat(BundledFonts.regular(12).canDisplayUpTo(text)).as(text).isEqualTo(-1);
                    assertThat(BundledFonts.bold(12).canDisplayUpTo(text)).as(text).isEqualTo(-1);
                });
    }

    @Test
    void settingsFromProperties() {
        VirtualScannerSettings settings = VirtualScannerSettings.fromProperties(Map.of("scanner.virtual.seed", "99",
                "scanner.virtual.feederSheets", "4", "scanner.virtual.blankPage", "3",
                "scanner.virtual.jamAfterPages", "2", "scanner.escl.uri", "ignored"));

        assertThat(settings).isEqualTo(new VirtualScannerSettings(99, 4, 3, 2));
        assertThat(VirtualScannerSettings.fromProperties(Map.of()))
                .isEqualTo(new VirtualScannerSettings(1, 3, 0, VirtualScannerSettings.NEVER));
        assertThatThrownBy(() -> VirtualScannerSettings.fromProperties(Map.of("scanner.virtual.feederSheets", "ba")))
                .hasMessage("scanner.virtual.feederSheets: 'ba' is not a whole number");
        assertThatThrownBy(() -> VirtualScannerSettings.fromProperties(Map.of("scanner.virtual.feederSheets", "500")))
                .hasMessage("scanner.virtual.feederSheets: must be between 0 and 200, not 500");
        assertThatThrownBy(() -> VirtualScannerSettings.fromProperties(Map.of("scanner.virtual.jam", "2")))
                .hasMessageStartingWith("scanner.virtual.jam: unknown setting");
        assertThatThrownBy(() -> VirtualScannerSettings.fromProperties(Map.of("scanner.virtual.blankPage", "-1")))
                .hasMessage("scanner.virtual.blankPage: must be a page number or 0 for none, not -1");
    }

    @Test
    void onlyItsOwnDeviceIsAccepted() {
        VirtualScanner scanner = new VirtualScanner(VirtualScannerSettings.withSeed(1));

        assertThat(scanner.discover()).extracting(ScannerDevice::id).containsExactly(VirtualScanner.DEVICE_ID);
        assertThatThrownBy(() -> scanner.scan(new ScannerDevice("escl:http://x/eSCL", "HP", "M428"), FEEDER_GREY,
                listener)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<RawPage> batch(long seed, int sheets) {
        VirtualScanner scanner = new VirtualScanner(VirtualScannerSettings.withSeed(seed).withFeederSheets(sheets)
                .withBlankPage(2));
        RecordingScanListener pages = new RecordingScanListener();
        scanner.scan(device(scanner), new ScanSettings(Source.FEEDER, 75, ColorMode.GRAY, PaperSize.A5), pages);
        return pages.pages();
    }

    private static ScannerDevice device(VirtualScanner scanner) {
        return scanner.discover().get(0);
    }

    /** Grey bytes of any page mode, black-and-white as 0/255. */
    private static byte[] grey(RawPage page) {
        int pixels = page.width() * page.height();
        byte[] grey = new byte[pixels];
        for (int i = 0; i < pixels; i++) {
            grey[i] = switch (page.mode()) {
                case GRAY -> page.pixels()[i];
                case COLOR -> page.pixels()[3 * i + 1];
                case BLACK_WHITE -> {
                    int x = i % page.width();
                    int stride = (page.width() + 7) / 8;
                    int bit = (page.pixels()[i / page.width() * stride + x / 8] >> (7 - x % 8)) & 1;
                    yield (byte) (bit == 1 ? 0 : 255);
                }
            };
        }
        return grey;
    }

    /** Share of pixels darker than 179 inside 1% margins (NAPS2's blank-page measure, without despeckling). */
    static double inkFraction(byte[] grey, int width, int height) {
        int mx = width / 100;
        int my = height / 100;
        long ink = 0;
        long total = 0;
        for (int y = my; y < height - my; y++) {
            for (int x = mx; x < width - mx; x++) {
                total++;
                if ((grey[y * width + x] & 0xFF) < 179) {
                    ink++;
                }
            }
        }
        return (double) ink / total;
    }
}
