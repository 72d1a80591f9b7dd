package vn.motcua.devices.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.devices.pages.PageImage;

/**
 * Assembles one PDF/A-2 file from page images: PDF/A-2b, or PDF/A-2u once a page has an OCR text layer
 * (invisible text in the embedded DejaVu Sans, so every glyph maps to Unicode). Image streams wait in a
 * temporary file, not on the heap, so a 500-page batch does not need 500 pages of memory. Not thread-safe:
 * encode pages in parallel with {@link PageEncoder}, add them here in order.
 */
public final class PdfaDocumentWriter implements Closeable {
    static final String FONT = "/vn/motcua/devices/fonts/DejaVuSans.ttf";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private final PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    private final DocumentMetadata metadata;
    private final PageEncoder encoder;
    private PDType0Font font;

    public PdfaDocumentWriter(DocumentMetadata metadata) {
        this(metadata, new PageEncoder());
    }

    public PdfaDocumentWriter(DocumentMetadata metadata, PageEncoder encoder) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    public void add(PageImage page) throws IOException {
        add(encoder.encode(page), List.of());
    }

    public void add(EncodedPage page) throws IOException {
        add(page, List.of());
    }

    /** Adds a page; {@code words} (from OCR, in image pixels) become its invisible text layer. */
    public void add(EncodedPage page, List<RecognisedWord> words) throws IOException {
        var pdfPage = new PDPage(new PDRectangle(page.widthPoints(), page.heightPoints()));
        document.addPage(pdfPage);
        PDImageXObject image = image(page);
        try (var content = new PDPageContentStream(document, pdfPage)) {
            content.drawImage(image, 0, 0, page.widthPoints(), page.heightPoints());
            if (!words.isEmpty()) {
                new TextLayer(font(), page).draw(content, words);
            }
        }
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    /** Finishes the document (metadata, output intent) and writes it; the writer is spent afterwards. */
    public void writeTo(OutputStream out) throws IOException {
        if (pages() == 0) {
            throw new IllegalStateException("A PDF needs at least one page");
        }
        char conformance = font == null ? 'B' : 'U';
        document.setVersion(1.7f);
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage("vi-VN");
        var xmp = new PDMetadata(document, new ByteArrayInputStream(XmpPacket.write(metadata, conformance)));
        catalog.setMetadata(xmp);
        catalog.addOutputIntent(outputIntent());
        document.setDocumentInformation(information());
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private PDImageXObject image(EncodedPage page) throws IOException {
        var data = new ByteArrayInputStream(page.data());
        if (page.mode() == ColorMode.BLACK_WHITE) {
            var image = new PDImageXObject(document, data, COSName.CCITTFAX_DECODE, page.width(), page.height(), 1,
                    PDDeviceGray.INSTANCE);
            image.getCOSObject().setItem(COSName.DECODE_PARMS, PageEncoder.ccittParameters(page.width(), page.height()));
            return image;
        }
        PDColorSpace space = page.mode() == ColorMode.GRAY ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE;
        return new PDImageXObject(document, data, COSName.DCT_DECODE, page.width(), page.height(), 8, space);
    }

    private PDType0Font font() throws IOException {
        if (font == null) {
            try (InputStream in = PdfaDocumentWriter.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(document, Objects.requireNonNull(in, FONT), true);
            }
        }
        return font;
    }

    private PDOutputIntent outputIntent() throws IOException {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        var intent = new PDOutputIntent(document, new ByteArrayInputStream(icc));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    private PDDocumentInformation information() {
        var info = new PDDocumentInformation();
        var created = GregorianCalendar.from(metadata.created().toZonedDateTime());
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setCreator(XmpPacket.PRODUCER);
        info.setProducer(XmpPacket.PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
        return info;
    }

    /** Invisible words scaled onto their boxes, so selection and search find them where they are seen. */
    private record TextLayer(PDType0Font font, EncodedPage page) {
        void draw(PDPageContentStream content, List<RecognisedWord> words) throws IOException {
            float scale = 72f / page.dpi();
            content.beginText();
            content.setRenderingMode(RenderingMode.NEITHER);
            for (RecognisedWord word : words) {
                String text = printable(word.text());
                if (!text.isEmpty()) {
                    show(content, word, text, scale);
                }
            }
            content.endText();
        }

        private void show(PDPageContentStream content, RecognisedWord word, String text, float scale) throws IOException {
            float height = (word.bottom() - word.top()) * scale;
            float width = (word.right() - word.left()) * scale;
            float size = Math.max(1, height);
            float natural = font.getStringWidth(text) / 1000 * size;
            float descent = -font.getFontDescriptor().getDescent() / 1000 * size;
            content.setFont(font, size);
            content.setHorizontalScaling(natural > 0 ? 100 * width / natural : 100);
            float baseline = page.heightPoints() - word.bottom() * scale + Math.min(descent, height / 4);
            content.setTextMatrix(Matrix.getTranslateInstance(word.left() * scale, baseline));
            content.showText(text);
        }

        /** Drops characters the font has no glyph for; PDF/A forbids references to .notdef. */
        private String printable(String text) throws IOException {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isISOControl(cp) && hasGlyph(cp)) {
                    out.appendCodePoint(cp);
                }
            }
            return out.toString().strip();
        }

        private boolean hasGlyph(int codePoint) throws IOException {
            try {
                font.encode(Character.toString(codePoint));
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
