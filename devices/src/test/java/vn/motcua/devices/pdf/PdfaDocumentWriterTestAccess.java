package vn.motcua.devices.pdf;

/** Lets tests of other packages use the sample metadata. */
public final class PdfaDocumentWriterTestAccess {
    public static final DocumentMetadata METADATA = PdfaDocumentWriterTest.METADATA;

    private PdfaDocumentWriterTestAccess() {
    }
}
