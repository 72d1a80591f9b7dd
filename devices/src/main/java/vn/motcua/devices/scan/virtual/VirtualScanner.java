package vn.motcua.devices.scan.virtual;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanBatchResult;
import vn.motcua.core.scan.ScanBatchResult.Problem;
import vn.motcua.core.scan.ScanListener;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.core.scan.Scanner;
import vn.motcua.core.scan.ScannerDevice;

/**
 * The training-mode scanner: renders Vietnamese administrative forms as a scanner would deliver them, at the
 * profile's resolution (at most {@value #MAX_DPI} dpi, like most office scanners), mode and paper size, each sheet
 * a little skewed (up to ±{@value #MAX_SKEW_DEGREES}°), with noise and dust. Duplex backs come out blank, as most
 * forms are one-sided; a configured page can be blank too, and the feeder can jam after a configured number of
 * pages, so training covers the clerk's error paths.
 * <p>
 * Deterministic: scanners built with the same seed deliver the same pages, batch after batch. Pages come in the
 * same formats as from real drivers: grey bytes, RGB bytes, or 1-bit rows packed MSB first with 1 = black.
 */
public final class VirtualScanner implements Scanner {
    public static final String DEVICE_ID = "virtual:training";
    public static final int MAX_DPI = 600;
    public static final double MAX_SKEW_DEGREES = 2.0;
    private static final ScannerDevice DEVICE = new ScannerDevice(DEVICE_ID, "MotCua", "Máy quét ảo (đào tạo)");
    private static final int BLACK_BELOW = 128;

    private final VirtualScannerSettings settings;
    private final AtomicInteger batches = new AtomicInteger();

    public VirtualScanner(VirtualScannerSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<ScannerDevice> discover() {
        return List.of(DEVICE);
    }

    @Override
    public ScanBatchResult scan(ScannerDevice device, ScanSettings scan, ScanListener listener) {
        if (!device.id().equals(DEVICE_ID)) {
            throw new IllegalArgumentException("Not the virtual scanner: " + device.id());
        }
        SplittableRandom batch = new SplittableRandom(settings.seed() + 0x9E3779B97F4A7C15L * batches.getAndIncrement());
        int pages = pagesIn(scan.source());
        if (pages == 0) {
            return new ScanBatchResult(0, Problem.NO_DOCUMENTS);
        }
        for (int index = 0; index < pages; index++) {
            if (listener.cancelled()) {
                return new ScanBatchResult(index, Problem.CANCELLED);
            }
            if (scan.source() != ScanSettings.Source.FLATBED && index == settings.jamAfterPages()) {
                return new ScanBatchResult(index, Problem.JAMMED);
            }
            listener.progress(index, 0.0);
            RawPage page = page(index, scan, batch.split());
            listener.progress(index, 1.0);
            listener.page(page);
        }
        return new ScanBatchResult(pages, Problem.NONE);
    }

    private int pagesIn(ScanSettings.Source source) {
        return switch (source) {
            case FLATBED -> 1;
            case FEEDER -> settings.feederSheets();
            case FEEDER_DUPLEX -> 2 * settings.feederSheets();
        };
    }

    private RawPage page(int index, ScanSettings scan, SplittableRandom random) {
        int dpi = Math.min(scan.dpi(), MAX_DPI);
        double[] paper = paperMillimetres(scan.paper());
        int width = (int) Math.round(paper[0] * dpi / 25.4);
        int height = (int) Math.round(paper[1] * dpi / 25.4);
        boolean colour = scan.colorMode() == ScanSettings.ColorMode.COLOR;
        boolean blank = index + 1 == settings.blankPage()
                || scan.source() == ScanSettings.Source.FEEDER_DUPLEX && index % 2 == 1;
        SampleDocument document = blank ? null : SampleDocument.ALL.get(random.nextInt(SampleDocument.ALL.size()));
        double skew = Math.clamp(random.nextGaussian() * 0.8, -MAX_SKEW_DEGREES, MAX_SKEW_DEGREES);
        BufferedImage image = new PageRenderer(width, height, dpi, paper[0], colour, random).render(document, skew);
        return new RawPage(index, width, height, dpi, scan.colorMode(), pixels(image, scan.colorMode()));
    }

    private static double[] paperMillimetres(ScanSettings.PaperSize paper) {
        return switch (paper) {
            case A4 -> new double[] {210, 297};
            case A5 -> new double[] {148, 210};
            case LETTER -> new double[] {215.9, 279.4};
        };
    }

    private static byte[] pixels(BufferedImage image, ScanSettings.ColorMode mode) {
        return switch (mode) {
            case COLOR -> rgb(((DataBufferInt) image.getRaster().getDataBuffer()).getData());
            case GRAY -> ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            case BLACK_WHITE -> bits(((DataBufferByte) image.getRaster().getDataBuffer()).getData(),
                    image.getWidth(), image.getHeight());
        };
    }

    private static byte[] rgb(int[] packed) {
        byte[] out = new byte[packed.length * 3];
        for (int i = 0; i < packed.length; i++) {
            out[3 * i] = (byte) (packed[i] >> 16);
            out[3 * i + 1] = (byte) (packed[i] >> 8);
            out[3 * i + 2] = (byte) packed[i];
        }
        return out;
    }

    private static byte[] bits(byte[] grey, int width, int height) {
        int stride = (width + 7) / 8;
        byte[] out = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((grey[y * width + x] & 0xFF) < BLACK_BELOW) {
                    out[y * stride + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return out;
    }
}
