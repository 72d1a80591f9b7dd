package vn.motcua.devices.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlankPageDetectorTest {
    private final BlankPageDetector detector = new BlankPageDetector();

    @Test
    void aCleanWhitePageIsBlank() {
        var finding = detector.detect(SamplePages.grey(SamplePages.whitePage(), 0));
        assertThat(finding.blank()).isTrue();
        assertThat(finding.inkRatio()).isZero();
    }

    @Test
    void dustDoesNotCountAsInk() {
        var raw = SamplePages.grey(SamplePages.dustyPage(6000, 7), 0);
        assertThat(rawInkRatio(raw)).as("the dust alone is above NAPS2's 0.15 %").isGreaterThan(0.0015);
        var finding = detector.detect(raw);
        assertThat(finding.blank()).isTrue();
        assertThat(finding.marks()).isZero();
    }

    @Test
    void aShortLineOfTextIsNotBlank() {
        var finding = detector.detect(SamplePages.grey(SamplePages.shortLinePage(), 0));
        assertThat(finding.inkRatio()).as("NAPS2's ratio alone would call it blank").isLessThan(0.0015);
        assertThat(finding.blank()).isFalse();
    }

    @Test
    void aSignatureIsNotBlank() {
        var finding = detector.detect(SamplePages.grey(SamplePages.signaturePage(), 0));
        assertThat(finding.inkRatio()).isLessThan(0.0015);
        assertThat(finding.blank()).isFalse();
    }

    @Test
    void aTextPageIsNotBlankInAnyMode() {
        var text = SamplePages.textPage(0.8, 4);
        assertThat(detector.detect(SamplePages.grey(text, 0)).blank()).isFalse();
        assertThat(detector.detect(SamplePages.blackAndWhite(text, 0)).blank()).isFalse();
        assertThat(detector.detect(SamplePages.colour(text, 0)).inkRatio()).isGreaterThan(0.01);
    }

    @Test
    void aBlankLineArtPageIsBlank() {
        var finding = detector.detect(SamplePages.blackAndWhite(SamplePages.dustyPage(2000, 9), 0));
        assertThat(finding.blank()).as(finding.toString()).isTrue();
    }

    private static double rawInkRatio(vn.motcua.core.scan.RawPage raw) {
        long ink = 0;
        for (byte b : raw.pixels()) {
            if ((b & 0xFF) < InkMap.INK_BELOW) {
                ink++;
            }
        }
        return (double) ink / raw.pixels().length;
    }
}
