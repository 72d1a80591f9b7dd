package vn.motcua.devices.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;

class ManualDuplexTest {

    /** A page whose single pixel names the sheet side it came from, e.g. 10 = sheet 1 front, 11 = back. */
    private static RawPage side(int index, int label) {
        return new RawPage(index, 1, 1, 300, ColorMode.GRAY, new byte[] {(byte) label});
    }

    private static List<Integer> labels(List<RawPage> pages) {
        return pages.stream().map(page -> (int) page.pixels()[0]).toList();
    }

    @Test
    void interleavesFrontsWithTheBacksScannedLastSheetFirst() {
        List<RawPage> fronts = List.of(side(0, 10), side(1, 20), side(2, 30));
        List<RawPage> backs = List.of(side(0, 31), side(1, 21), side(2, 11));

        List<RawPage> document = ManualDuplex.interleave(fronts, backs);

        assertThat(labels(document)).containsExactly(10, 11, 20, 21, 30, 31);
        assertThat(document).extracting(RawPage::index).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void numbersFromTheGivenIndexAndSharesThePixels() {
        RawPage front = side(0, 10);
        RawPage back = side(0, 11);

        List<RawPage> document = ManualDuplex.interleave(List.of(front), List.of(back), 7);

        assertThat(document).extracting(RawPage::index).containsExactly(7, 8);
        assertThat(document.get(0).pixels()).isSameAs(front.pixels());
        assertThat(document.get(1).pixels()).isSameAs(back.pixels());
    }

    @Test
    void aSingleSheetAndAnEmptyStackWork() {
        assertThat(ManualDuplex.interleave(List.of(), List.of())).isEmpty();
        List<RawPage> many = IntStream.range(0, 50).mapToObj(i -> side(i, i)).toList();
        assertThat(ManualDuplex.interleave(many, many.reversed())).hasSize(100);
    }

    @Test
    void differentPageCountsAreRefusedWithBothCounts() {
        assertThatThrownBy(() -> ManualDuplex.interleave(List.of(side(0, 10), side(1, 20)), List.of(side(0, 21))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2").hasMessageContaining("1").hasMessageContaining("backs");
    }
}
