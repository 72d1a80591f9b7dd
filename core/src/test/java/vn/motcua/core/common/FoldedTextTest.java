package vn.motcua.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void removesVietnameseDiacriticsAndCase() {
        assertThat(FoldedText.of("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc"))
                .isEqualTo("cap ban sao van bang, chung chi tu so goc");
    }

    @Test
    void foldsDWithStroke() {
        assertThat(FoldedText.of("Đặng Đình Đức")).isEqualTo("dang dinh duc");
    }

    @Test
    void composedAndDecomposedInputFoldTheSame() {
        String nfc = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        assertThat(FoldedText.of(nfd)).isEqualTo(FoldedText.of(nfc)).isEqualTo("nguyen thi huong");
    }

    @Test
    void collapsesSpacesAndAcceptsNull() {
        assertThat(FoldedText.of("  Chuyển   trường \t THPT ")).isEqualTo("chuyen truong thpt");
        assertThat(FoldedText.of(null)).isEmpty();
    }
}
