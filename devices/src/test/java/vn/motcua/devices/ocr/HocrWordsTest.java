package vn.motcua.devices.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.motcua.devices.pdf.RecognisedWord;

class HocrWordsTest {
    private static final String HOCR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
                "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
             <body>
              <div class='ocr_page' id='page_1' title='image "x.pgm"; bbox 0 0 2480 3508; ppageno 0'>
               <span class='ocr_line' id='line_1_1' title="bbox 295 280 900 330; baseline 0 -10; x_size 50">
                <span class='ocrx_word' id='word_1_1' title='bbox 295 280 420 330; x_wconf 96'>Giấy</span>
                <span class='ocrx_word' id='word_1_2' title='bbox 430 280 540 330; x_wconf 91'><strong>tiếp</strong></span>
                <span class='ocrx_word' id='word_1_3' title='bbox 550 280 680 330; x_wconf 5'>~~</span>
                <span class='ocrx_word' id='word_1_4' title='bbox 690 280 800 330; x_wconf 88'>A&amp;B</span>
               </span>
              </div>
             </body>
            </html>
            """;

    @Test
    void readsWordsBoxesAndDropsUnsureOnes() throws IOException {
        assertThat(HocrWords.parse(HOCR.getBytes(StandardCharsets.UTF_8), 20)).containsExactly(
                new RecognisedWord("Giấy", 295, 280, 420, 330), new RecognisedWord("tiếp", 430, 280, 540, 330),
                new RecognisedWord("A&B", 690, 280, 800, 330));
    }

    @Test
    void refusesExternalEntities() {
        String evil = """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <html><body><span class='ocrx_word' title='bbox 1 1 2 2; x_wconf 99'>&secret;</span></body></html>
                """;
        assertThatThrownBy(() -> HocrWords.parse(evil.getBytes(StandardCharsets.UTF_8), 0)).isInstanceOf(IOException.class);
    }
}
