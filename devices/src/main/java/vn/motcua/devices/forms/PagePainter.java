package vn.motcua.devices.forms;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/** Paints laid-out marks into a PDF page; the layout measures from the top, PDF from the bottom. */
final class PagePainter {
    /** tan(12°): the slant of the synthetic italic. */
    private static final float SLANT = 0.21f;

    private final FormFonts fonts;

    PagePainter(FormFonts fonts) {
        this.fonts = fonts;
    }

    void paint(PDDocument document, PDPage page, List<Mark> marks) throws IOException {
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            for (Mark mark : marks) {
                switch (mark) {
                    case Mark.Text t -> text(out, t, height);
                    case Mark.Rule r -> rule(out, r, height);
                    case Mark.Qr q -> qr(out, q, height);
                }
            }
        }
    }

    private void text(PDPageContentStream out, Mark.Text t, float height) throws IOException {
        if (t.text().isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(fonts.font(t.style()), t.size());
        out.setTextMatrix(new Matrix(1, 0, t.style().italic() ? SLANT : 0, 1, t.x(), height - t.baseline()));
        out.showText(t.text());
        out.endText();
    }

    private static void rule(PDPageContentStream out, Mark.Rule r, float height) throws IOException {
        out.setLineWidth(r.thickness());
        out.moveTo(r.x1(), height - r.y1());
        out.lineTo(r.x2(), height - r.y2());
        out.stroke();
    }

    /** Runs of dark modules in a row become one rectangle each, in one fill. */
    private static void qr(PDPageContentStream out, Mark.Qr q, float height) throws IOException {
        BitMatrix modules = q.modules();
        float m = q.module();
        for (int row = 0; row < modules.getHeight(); row++) {
            int col = 0;
            while (col < modules.getWidth()) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules.getWidth() && modules.get(col, row)) {
                    col++;
                }
                out.addRect(q.x() + start * m, height - (q.y() + (row + 1) * m), (col - start) * m, m);
            }
        }
        out.fill();
    }
}
