package vn.motcua.core.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumberWordsTest {

    private final VietnameseNumberWords northern = VietnameseNumberWords.northern();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0      | không
            1      | một
            4      | bốn
            5      | năm
            9      | chín
            10     | mười
            11     | mười một
            14     | mười bốn
            15     | mười lăm
            19     | mười chín
            20     | hai mươi
            21     | hai mươi mốt
            24     | hai mươi tư
            25     | hai mươi lăm
            31     | ba mươi mốt
            44     | bốn mươi tư
            55     | năm mươi lăm
            91     | chín mươi mốt
            99     | chín mươi chín
            100    | một trăm
            101    | một trăm linh một
            104    | một trăm linh bốn
            105    | một trăm linh năm
            110    | một trăm mười
            111    | một trăm mười một
            115    | một trăm mười lăm
            121    | một trăm hai mươi mốt
            124    | một trăm hai mươi tư
            500    | năm trăm
            555    | năm trăm năm mươi lăm
            999    | chín trăm chín mươi chín
            """)
    void readsNumbersBelowAThousand(int number, String expected) {
        assertThat(northern.spoken(number)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1000   | một nghìn
            1001   | một nghìn không trăm linh một
            1005   | một nghìn không trăm linh năm
            1010   | một nghìn không trăm mười
            1015   | một nghìn không trăm mười lăm
            1025   | một nghìn không trăm hai mươi lăm
            1100   | một nghìn một trăm
            1105   | một nghìn một trăm linh năm
            2021   | hai nghìn không trăm hai mươi mốt
            10000  | mười nghìn
            10005  | mười nghìn không trăm linh năm
            15000  | mười lăm nghìn
            21000  | hai mươi mốt nghìn
            24024  | hai mươi tư nghìn không trăm hai mươi tư
            100000 | một trăm nghìn
            105000 | một trăm linh năm nghìn
            999999 | chín trăm chín mươi chín nghìn chín trăm chín mươi chín
            """)
    void readsThousandsWithZeroHundredsSaid(int number, String expected) {
        assertThat(northern.spoken(number)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            105    | một trăm lẻ năm
            1001   | một nghìn không trăm lẻ một
            304    | ba trăm lẻ bốn
            115    | một trăm mười lăm
            """)
    void southernReadingSaysLeForZeroTens(int number, String expected) {
        VietnameseNumberWords southern = new VietnameseNumberWords(VietnameseNumberWords.ZeroTens.LE);

        assertThat(southern.spoken(number)).isEqualTo(expected);
    }

    @Test
    void wordsCarryTheirClipIds() {
        assertThat(northern.words(1025)).extracting(NumberWord::clipId).containsExactly(
                "num-1", "num-nghin", "num-0", "num-tram", "num-2", "num-muoi-tens", "num-lam-after-tens");
        assertThat(northern.words(10)).extracting(NumberWord::clipId).containsExactly("num-10");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void rejectsNumbersOutOfRange(int number) {
        assertThatThrownBy(() -> northern.words(number))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..999999");
    }
}
