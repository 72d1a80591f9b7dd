package vn.motcua.devices.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanListener;
import vn.motcua.core.scan.ScanSettings.ColorMode;

class BatchContinuationTest {
    private final List<RawPage> pages = new ArrayList<>();
    private final List<Integer> progressPages = new ArrayList<>();
    private boolean cancel;
    private final ScanListener dossier = new ScanListener() {
        @Override
        public void page(RawPage page) {
            pages.add(page);
        }

        @Override
        public void progress(int pageIndex, double fraction) {
            progressPages.add(pageIndex);
        }

        @Override
        public boolean cancelled() {
            return cancel;
        }
    };

    @Test
    void continuesPageAndProgressNumberingAfterTheEarlierPages() {
        ScanListener continued = BatchContinuation.after(3, dossier);
        byte[] pixels = new byte[4];

        continued.progress(0, 0.5);
        continued.page(new RawPage(0, 2, 2, 200, ColorMode.GRAY, pixels));
        continued.page(new RawPage(1, 2, 2, 200, ColorMode.GRAY, pixels));

        assertThat(pages).extracting(RawPage::index).containsExactly(3, 4);
        assertThat(pages.getFirst().pixels()).isSameAs(pixels);
        assertThat(progressPages).containsExactly(3);
    }

    @Test
    void passesCancellationThrough() {
        ScanListener continued = BatchContinuation.after(1, dossier);
        assertThat(continued.cancelled()).isFalse();
        cancel = true;
        assertThat(continued.cancelled()).isTrue();
    }

    @Test
    void noEarlierPagesIsTheListenerItselfAndNegativeCountsAreRefused() {
        assertThat(BatchContinuation.after(0, dossier)).isSameAs(dossier);
        assertThatThrownBy(() -> BatchContinuation.after(-1, dossier)).isInstanceOf(IllegalArgumentException.class);
    }
}
