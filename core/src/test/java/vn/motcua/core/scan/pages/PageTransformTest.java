package vn.motcua.core.scan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;

class PageTransformTest {

    @Test
    void foldsStepsTheLaterDeskewAndCropWinning() {
        var t = PageTransform.of(List.of(new PageStep.Deskew(1), new PageStep.Rotate(3), new PageStep.Crop(0, 0, 5, 6),
                new PageStep.Deskew(-0.5), new PageStep.Rotate(2), new PageStep.Crop(1, 1, 4, 3)));
        assertThat(t).isEqualTo(new PageTransform(-0.5, Optional.of(new PageStep.Crop(1, 1, 4, 3)), 1));
        assertThat(t.outputSize(100, 200)).containsExactly(3, 4);
        assertThat(PageTransform.of(List.of()).isIdentity()).isTrue();
        assertThat(PageTransform.NONE.outputSize(100, 200)).containsExactly(100, 200);
        assertThat(PageTransform.of(List.of(new PageStep.Rotate(1))).outputSize(100, 200)).containsExactly(200, 100);
    }

    @Test
    void validatesSteps() {
        assertThat(new PageStep.Rotate(-1).quarterTurns()).isEqualTo(3);
        assertThatThrownBy(() -> new PageStep.Deskew(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageStep.Deskew(46)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageStep.Crop(-1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageStep.Crop(0, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inMemoryRawPagesKeepAndForget() {
        var store = new InMemoryRawPages();
        var page = new RawPage(0, 2, 1, 300, ColorMode.GRAY, new byte[2]);
        RawPageRef ref = store.keep(page);
        assertThat(ref).isEqualTo(new RawPageRef(ref.id(), 2, 1, 300, ColorMode.GRAY));
        assertThat(store.load(ref)).isSameAs(page);
        assertThat(store.keep(page).id()).isNotEqualTo(ref.id());
        store.discard(ref);
        assertThatThrownBy(() -> store.load(ref)).isInstanceOf(java.util.NoSuchElementException.class);
    }
}
