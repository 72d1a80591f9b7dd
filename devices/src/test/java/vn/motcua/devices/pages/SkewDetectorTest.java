package vn.motcua.devices.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SkewDetectorTest {
    private final SkewDetector detector = new SkewDetector();

    @ParameterizedTest
    @ValueSource(doubles = {1.7, -3.2, 0.0, 0.4, 4.6})
    void findsAKnownAngleOnAGreyPage(double degrees) {
        var raw = SamplePages.grey(SamplePages.textPage(degrees, 1), 0);
        assertThat(detector.detect(raw)).isCloseTo(degrees, within(0.2));
    }

    @Test
    void findsItOnLineArtToo() {
        var raw = SamplePages.blackAndWhite(SamplePages.textPage(-1.1, 2), 0);
        assertThat(detector.detect(raw)).isCloseTo(-1.1, within(0.2));
    }

    @Test
    void reportsAnEmptyPageStraight() {
        assertThat(detector.detect(SamplePages.grey(SamplePages.dustyPage(400, 3), 0))).isZero();
    }
}
