package vn.motcua.devices.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devices.forms.LineBreaker.Line;
import vn.motcua.devices.forms.LineBreaker.Piece;
import vn.motcua.devices.forms.LineBreaker.Run;
import vn.motcua.devices.forms.TemplateBlock.TextStyle;

class LineBreakerTest {
    private static final float SIZE = 10;
    private final PDDocument document = new PDDocument();
    private final FormFonts fonts = FormFonts.embedIn(document);

    @AfterEach
    void close() throws Exception {
        document.close();
    }

    private List<String> lines(float width, Run... runs) {
        LineBreaker breaker = new LineBreaker(List.of(runs), fonts, SIZE);
        List<String> lines = new ArrayList<>();
        while (breaker.hasMore()) {
            Line line = breaker.nextLine(width);
            assertThat(line.width()).isLessThanOrEqualTo(width + 0.01f);
            lines.add(line.pieces().stream().map(Piece::text).collect(Collectors.joining()));
        }
        return lines;
    }

    private static Run regular(String text) {
        return new Run(text, TextStyle.REGULAR);
    }

    @Test
    void breaksAtSpacesWithinTheWidth() {
        float width = fonts.width("Nguyễn Thị Hồng", TextStyle.REGULAR, SIZE) + 1;

        assertThat(lines(width, regular("Nguyễn Thị Hồng Nhung"))).containsExactly("Nguyễn Thị Hồng", "Nhung");
    }

    @Test
    void aValueAndThePunctuationAfterItStayTogether() {
        float width = fonts.width("Số thứ tự: 125", TextStyle.REGULAR, SIZE) + 1;

        assertThat(lines(width, regular("Số thứ tự: "), new Run("125", TextStyle.BOLD), regular(".")))
                .containsExactly("Số thứ tự:", "125.");
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenLetters() {
        float width = fonts.width("000.00.12", TextStyle.REGULAR, SIZE);

        List<String> lines = lines(width, regular("000.00.12.H62-250710-0004"));

        assertThat(String.join("", lines)).isEqualTo("000.00.12.H62-250710-0004");
        assertThat(lines).hasSizeGreaterThan(2);
    }

    @Test
    void aLineEndInAValueStartsANewLineAndANarrowLineStillEnds() {
        assertThat(lines(500, regular("Giao: Bộ phận Một cửa\nNhận: Công chức Tư pháp")))
                .containsExactly("Giao: Bộ phận Một cửa", "Nhận: Công chức Tư pháp");
        LineBreaker narrow = new LineBreaker(List.of(regular("Ước")), fonts, SIZE);
        List<String> letters = new ArrayList<>();
        while (narrow.hasMore()) {
            letters.add(narrow.nextLine(0.1f).pieces().getFirst().text());
        }
        assertThat(letters).containsExactly("Ư", "ớ", "c");
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarks() {
        assertThat(fonts.printable("Nhung 漢\u0007")).isEqualTo("Nhung ??");
    }
}
