package vn.motcua.core.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvinceCodesTest {

    private final ProvinceCodes bundled = ProvinceCodes.bundled();

    @Test
    void bundledTableHoldsThe63PreMergerProvinces() {
        assertThat(bundled.asMap()).hasSize(63);
        assertThat(bundled.asMap().keySet()).allMatch(code -> code.matches("\\d{3}"));
        assertThat(bundled.asMap().keySet()).first().isEqualTo("001");
        assertThat(bundled.asMap().keySet()).last().isEqualTo("096");
    }

    @Test
    void bundledTableDeclaresItsVersion() {
        assertThat(bundled.version()).contains("2025-07-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', textBlock = """
            001	Hà Nội
            031	Hải Phòng
            046	Thừa Thiên Huế
            048	Đà Nẵng
            077	Bà Rịa - Vũng Tàu
            079	TP. Hồ Chí Minh
            096	Cà Mau
            """)
    void looksUpNamesByCode(String code, String name) {
        assertThat(bundled.nameOf(code)).contains(name);
        assertThat(bundled.isKnown(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "003", "005", "099", "100", "1", "01", "0011", ""})
    void unknownCodesHaveNoName(String code) {
        assertThat(bundled.nameOf(code)).isEmpty();
        assertThat(bundled.isKnown(code)).isFalse();
    }

    @Test
    void namesAreNfcNormalised() {
        assertThat(bundled.asMap().values())
                .allMatch(name -> Normalizer.isNormalized(name, Normalizer.Form.NFC));
    }

    @Test
    void parserSkipsCommentsBlankLinesHeaderAndByteOrderMark() {
        ProvinceCodes table = ProvinceCodes.parse(List.of(
                "\uFEFF# version: 2030-01-01 source: test",
                "# another comment",
                "code\tprovince",
                "",
                "001\tHà Nội",
                "079\t" + Normalizer.normalize("TP. Hồ Chí Minh", Normalizer.Form.NFD) + "  "));

        assertThat(table.version()).contains("2030-01-01");
        assertThat(table.asMap()).containsExactly(
                Map.entry("001", "Hà Nội"),
                Map.entry("079", "TP. Hồ Chí Minh"));
    }

    @Test
    void tableWithoutVersionCommentHasNoVersion() {
        assertThat(ProvinceCodes.parse(List.of("001\tHà Nội")).version()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01\tHà Nội", "001 Hà Nội", "001\t", "ABC\tHà Nội", "0001\tHà Nội"})
    void parserRejectsMalformedRows(String row) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProvinceCodes.parse(List.of("code\tprovince", row)))
                .withMessageContaining("line 2");
    }

    @Test
    void parserRejectsRepeatedCodes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProvinceCodes.parse(List.of("001\tHà Nội", "001\tHà Giang")))
                .withMessageContaining("repeats");
    }
}
