package vn.motcua.devices.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.devices.pages.PageImage;

/** Compresses rendered pages: JPEG at a configurable quality, or CCITT G4. Thread-safe. */
public final class PageEncoder {
    public static final float DEFAULT_JPEG_QUALITY = 0.75f;
    private final float jpegQuality;

    public PageEncoder() {
        this(DEFAULT_JPEG_QUALITY);
    }

    public PageEncoder(float jpegQuality) {
        if (!(jpegQuality > 0 && jpegQuality <= 1)) {
            throw new IllegalArgumentException("JPEG quality must be in (0, 1]");
        }
        this.jpegQuality = jpegQuality;
    }

    public EncodedPage encode(PageImage page) {
        try {
            byte[] data = page.mode() == ColorMode.BLACK_WHITE ? ccittG4(page.image()) : jpeg(page.image());
            return new EncodedPage(data, page.width(), page.height(), page.dpi(), page.mode());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a page", e);
        }
    }

    private byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 8);
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(jpegQuality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] ccittG4(BufferedImage image) throws IOException {
        byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] blackIsOne = new byte[bits.length];
        for (int i = 0; i < bits.length; i++) {
            blackIsOne[i] = (byte) ~bits[i];
        }
        var out = new ByteArrayOutputStream(bits.length / 10);
        FilterFactory.INSTANCE.getFilter(COSName.CCITTFAX_DECODE)
                .encode(new ByteArrayInputStream(blackIsOne), out, ccittParameters(image.getWidth(), image.getHeight()), 0);
        return out.toByteArray();
    }

    static COSDictionary ccittParameters(int width, int height) {
        var parameters = new COSDictionary();
        parameters.setInt(COSName.K, -1);
        parameters.setInt(COSName.COLUMNS, width);
        parameters.setInt(COSName.ROWS, height);
        return parameters;
    }
}
