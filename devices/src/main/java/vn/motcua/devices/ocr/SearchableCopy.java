package vn.motcua.devices.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.devices.pdf.EncodedPage;
import vn.motcua.devices.pdf.PdfaDocumentWriter;
import vn.motcua.devices.pdf.PdfaMetadata;
import vn.motcua.devices.pdf.RecognisedWord;

/**
 * Makes the searchable PDF/A-2u copy of a scanned PDF/A-2b written by this desk: the same compressed page
 * images, copied without re-encoding, the same metadata, and an invisible text layer from Tesseract.
 */
final class SearchableCopy {
    private final Tesseract tesseract;

    SearchableCopy(Tesseract tesseract) {
        this.tesseract = tesseract;
    }

    /** Reads the scanned PDF from a file and writes the copy; answers the number of words found. */
    int write(java.nio.file.Path scanned, OutputStream out) throws IOException {
        try (PDDocument source = Loader.loadPDF(new RandomAccessReadBufferedFile(scanned.toFile()));
                var writer = new PdfaDocumentWriter(PdfaMetadata.of(source).document())) {
            int words = 0;
            for (PDPage page : source.getPages()) {
                PDImageXObject image = scan(page);
                EncodedPage encoded = encoded(image, page);
                List<RecognisedWord> found = recognise(image, encoded.dpi());
                writer.add(encoded, found);
                words += found.size();
            }
            writer.writeTo(out);
            return words;
        }
    }

    private List<RecognisedWord> recognise(PDImageXObject image, int dpi) throws IOException {
        BufferedImage pixels = image.getImage();
        return tesseract.recognise(pixels, dpi);
    }

    private static PDImageXObject scan(PDPage page) throws IOException {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                return image;
            }
        }
        throw new IOException("A page without a scanned image: not a scanned PDF of this desk");
    }

    private static EncodedPage encoded(PDImageXObject image, PDPage page) throws IOException {
        COSStream stream = image.getCOSObject();
        List<COSName> filters = image.getStream().getFilters();
        ColorMode mode;
        if (filters.equals(List.of(COSName.CCITTFAX_DECODE))) {
            mode = ColorMode.BLACK_WHITE;
        } else if (filters.equals(List.of(COSName.DCT_DECODE))) {
            mode = image.getColorSpace().getNumberOfComponents() == 1 ? ColorMode.GRAY : ColorMode.COLOR;
        } else {
            throw new IOException("Page image compressed with " + filters + ": not a scanned PDF of this desk");
        }
        int dpi = Math.round(image.getWidth() * 72f / page.getMediaBox().getWidth());
        try (InputStream raw = stream.createRawInputStream()) {
            return new EncodedPage(raw.readAllBytes(), image.getWidth(), image.getHeight(), dpi, mode);
        }
    }
}
