package vn.motcua.devices.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/** What a stored PDF/A says about itself: its PDF/A part and conformance level, and the document metadata. */
public record PdfaMetadata(int part, String conformance, DocumentMetadata document) {

    /** Reads the XMP packet of a PDF written by {@link PdfaDocumentWriter}. */
    public static PdfaMetadata read(InputStream pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            return of(document);
        }
    }

    /** Reads the XMP packet of an open document. */
    public static PdfaMetadata of(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            throw new IOException("The PDF has no XMP metadata");
        }
        return XmpPacket.read(metadata.toByteArray());
    }
}
