package vn.motcua.devices.scan.sane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.ScanSettings.Source;

class OptionChoicesTest {
    private static final List<String> TEST_BACKEND = List.of("Flatbed", "Automatic Document Feeder");
    private static final List<String> FUJITSU = List.of("ADF Front", "ADF Back", "ADF Duplex");
    private static final List<String> CANON = List.of("Flatbed", "ADF Simplex", "ADF Duplex");

    @Test
    void sourcesMatchTheBackendsOwnNames() {
        assertThat(OptionChoices.source(TEST_BACKEND, Source.FLATBED)).contains("Flatbed");
        assertThat(OptionChoices.source(TEST_BACKEND, Source.FEEDER)).contains("Automatic Document Feeder");
        assertThat(OptionChoices.source(TEST_BACKEND, Source.FEEDER_DUPLEX)).isEmpty();
        assertThat(OptionChoices.source(FUJITSU, Source.FEEDER)).contains("ADF Front");
        assertThat(OptionChoices.source(FUJITSU, Source.FEEDER_DUPLEX)).contains("ADF Duplex");
        assertThat(OptionChoices.source(FUJITSU, Source.FLATBED)).isEmpty();
        assertThat(OptionChoices.source(CANON, Source.FEEDER)).contains("ADF Simplex");
    }

    @Test
    void modesFallBackToWhatCanBeConvertedButColourNeverDoes() {
        List<String> full = List.of("Lineart", "Halftone", "Gray", "Color");
        List<String> greyAndColour = List.of("Gray", "Color");
        List<String> colourOnly = List.of("Colour");

        assertThat(OptionChoices.mode(full, ColorMode.BLACK_WHITE)).contains("Lineart");
        assertThat(OptionChoices.mode(greyAndColour, ColorMode.BLACK_WHITE)).contains("Gray");
        assertThat(OptionChoices.mode(colourOnly, ColorMode.GRAY)).contains("Colour");
        assertThat(OptionChoices.mode(List.of("Gray"), ColorMode.COLOR)).isEmpty();
        assertThat(OptionChoices.mode(List.of("Black & White", "Grey"), ColorMode.BLACK_WHITE)).contains("Black & White");
        assertThat(OptionChoices.isBlackWhite("Binary")).isTrue();
        assertThat(OptionChoices.isBlackWhite("Halftone")).isFalse();
    }

    @Test
    void rangesClampAndSnapToTheirStep() {
        assertThat(OptionChoices.snapToRange(300, 50, 1200, 1)).isEqualTo(300);
        assertThat(OptionChoices.snapToRange(300, 75, 600, 50)).isEqualTo(325);
        assertThat(OptionChoices.snapToRange(2400, 75, 600, 0)).isEqualTo(600);
        assertThat(OptionChoices.snapToRange(10, 75, 600, 0)).isEqualTo(75);
        assertThat(OptionChoices.snapToRange(297, 0, 296.9, 0.5)).isEqualTo(296.5);
        assertThat(OptionChoices.snapToRange(215.9, 0, 215.9, 0)).isEqualTo(215.9);
    }

    @Test
    void listsGiveTheNearestValueAndTheHigherOnATie() {
        List<Double> epson = List.of(75.0, 150.0, 300.0, 600.0, 1200.0);

        assertThat(OptionChoices.nearest(200, epson)).isEqualTo(150.0);
        assertThat(OptionChoices.nearest(225, epson)).isEqualTo(300.0);
        assertThat(OptionChoices.nearest(4800, epson)).isEqualTo(1200.0);
    }
}
