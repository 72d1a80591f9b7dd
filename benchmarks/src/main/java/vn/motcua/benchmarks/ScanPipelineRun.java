package vn.motcua.benchmarks;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.pages.PageBatch;
import vn.motcua.core.scan.pages.RawPageRef;
import vn.motcua.core.scan.pages.RawPageStore;
import vn.motcua.core.scan.pages.ScannedPage;
import vn.motcua.devices.pages.PageAnalyser;
import vn.motcua.devices.pages.RawPageFiles;
import vn.motcua.devices.pages.SamplePages;
import vn.motcua.devices.pdf.ComponentFiles;
import vn.motcua.devices.pdf.DocumentMetadata;
import vn.motcua.devices.pdf.PageEncoder;
import vn.motcua.store.OfflineStore;

/**
 * The scanning pipeline against the command-line tools a Linux user would pick, on the same 300-dpi A4
 * pages: pages per second for grey and black-and-white batches (analysis with blank and skew detection,
 * auto-deskew, rendering, JPEG / CCITT G4, PDF/A-2b, stored in a real offline store), then {@code img2pdf}
 * alone and {@code unpaper} + {@code img2pdf}; finally the heap peak of a 500-page batch in a child JVM
 * with {@code -Xmx256m}. Not JMH: the tools are separate processes and the heap needs its own JVM.
 *
 * <p>Run: {@code scripts/run-scan-benchmark.sh [pages] [unpaperPages]}.
 */
public final class ScanPipelineRun {
    private static final int TEMPLATES = 10;
    private static final DocumentMetadata METADATA = new DocumentMetadata("Benchmark", "MotCua Desk",
            OffsetDateTime.now(), "079203001234.GKS", "000.00.12.H62-261129-0001", "TP1");

    private ScanPipelineRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("heap")) {
            heap(Path.of(args[1]), ColorMode.valueOf(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int unpaperPages = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path work = Files.createTempDirectory("scan-benchmark-");
        try {
            System.out.printf("Machine: %d cores, JVM %s, max heap %d MB; %d pages per run, %d through unpaper%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.version(),
                    Runtime.getRuntime().maxMemory() >> 20, pages, unpaperPages);
            for (ColorMode mode : List.of(ColorMode.GRAY, ColorMode.BLACK_WHITE)) {
                compare(work.resolve(mode.name().toLowerCase(Locale.ROOT)), mode, pages, unpaperPages);
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void compare(Path dir, ColorMode mode, int pages, int unpaperPages) throws Exception {
        Templates templates = Templates.write(dir, mode);
        System.out.printf("%n## %s, %d-page batches%n", mode, pages);
        for (int threads : new int[] {2, 1}) {
            for (int round = 0; round < 2; round++) {
                // The first round warms the JIT up; the second is the measurement.
                Run run = pipeline(templates, dir, mode, pages, threads);
                if (round == 1) {
                    System.out.printf("pipeline, %d thread(s): %.1f pages/s (analysis %.0f ms, PDF %.0f ms), %d flagged blank, %.0f KB/page%n",
                            threads, pages / run.seconds(), run.analysisMs(), run.pdfMs(), run.blank(),
                            run.bytes() / 1024.0 / pages);
                }
            }
        }
        external(templates, dir, pages, unpaperPages);
        heapInChildJvm(dir, mode);
    }

    private record Run(double seconds, double analysisMs, double pdfMs, int blank, long bytes) {
    }

    static Run pipeline(Templates templates, Path dir, ColorMode mode, int pages, int threads) throws Exception {
        Path data = Files.createTempDirectory(dir, "store-");
        try (OfflineStore store = OfflineStore.open(data, SequenceBlock.WHOLE_RANGE);
                var files = new ComponentFiles(store.files(), templates.raws(), dir, new PageEncoder(), threads)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            PageBatch batch = analysed(templates, pages, pool);
            long analysed = System.nanoTime();
            StoredFileRef ref = files.write(batch.pages(), mode, METADATA);
            long end = System.nanoTime();
            pool.shutdown();
            return new Run((end - start) / 1e9, (analysed - start) / 1e6, (end - analysed) / 1e6,
                    batch.blankPageIds().size(), ref.size());
        } finally {
            deleteTree(data);
        }
    }

    /** Pages arrive, are analysed on the workers and auto-deskewed, as the scan panel does it. */
    private static PageBatch analysed(Templates templates, int pages, ExecutorService pool) throws Exception {
        var batch = new PageBatch();
        var analyser = new PageAnalyser();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            ScannedPage page = batch.add(templates.ref(i));
            work.add(pool.submit(() -> batch.recordAnalysis(page.id(), analyser.analyse(templates.raws().load(page.raw())))));
        }
        for (Future<?> f : work) {
            f.get();
        }
        batch.autoDeskew(batch.pages().stream().map(ScannedPage::id).toList());
        return batch;
    }

    private static void external(Templates templates, Path dir, int pages, int unpaperPages) throws Exception {
        if (!onPath("img2pdf")) {
            System.out.println("img2pdf: not installed (Debian package img2pdf), not measured");
            return;
        }
        List<String> pngs = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            pngs.add(templates.png(i).toString());
        }
        double img2pdf = timed(dir, concat(List.of("img2pdf", "-o", dir.resolve("img2pdf.pdf").toString()), pngs));
        System.out.printf("img2pdf alone (PNG in, conversion only): %.1f pages/s%n", pages / img2pdf);
        List<String> pnms = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            pnms.add(templates.pnm(i).toString());
        }
        double fromPixels = timed(dir, concat(List.of("img2pdf", "-o", dir.resolve("img2pdf-pnm.pdf").toString()), pnms));
        System.out.printf("img2pdf from the raw pixels (PGM/PBM in, img2pdf compresses): %.1f pages/s%n", pages / fromPixels);
        if (!onPath("unpaper")) {
            System.out.println("unpaper: not installed (Debian package unpaper), not measured");
            return;
        }
        List<String> cleaned = new ArrayList<>();
        double unpaper = 0;
        for (int i = 0; i < unpaperPages; i++) {
            Path out = dir.resolve("unpaper-" + i + templates.pnmSuffix());
            unpaper += timed(dir, List.of("unpaper", "--overwrite", "-q", templates.pnm(i).toString(), out.toString()));
            cleaned.add(out.toString());
        }
        unpaper += timed(dir, concat(List.of("img2pdf", "-o", dir.resolve("unpaper.pdf").toString()), cleaned));
        System.out.printf("unpaper + img2pdf (PNM in, unpaper's default filters and deskew): %.2f pages/s%n",
                unpaperPages / unpaper);
    }

    private static void heapInChildJvm(Path dir, ColorMode mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ScanPipelineRun.class.getName(), "heap", dir.toString(), mode.name(), "500").inheritIO().start();
        if (child.waitFor() != 0) {
            System.out.println("500-page batch with -Xmx256m: FAILED (exit " + child.exitValue() + ")");
        }
    }

    /** In the child JVM: one 500-page batch, two workers; the heap's peak use and its largest live set after a GC. */
    private static void heap(Path dir, ColorMode mode, int pages) throws Exception {
        Templates templates = Templates.existing(dir, mode);
        System.gc();
        var liveAfterGc = new AtomicLong();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                long used = info.getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                liveAfterGc.accumulateAndGet(used, Math::max);
            }, n -> n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
        }
        var peak = new AtomicLong();
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Run run = pipeline(templates, dir, mode, pages, 2);
        sampler.interrupt();
        System.out.printf("500-page batch with -Xmx256m: completed, %.1f pages/s, heap used at most %d MB, "
                + "largest heap after a GC %d MB, PDF %d MB, %d flagged blank%n", pages / run.seconds(), peak.get() >> 20,
                liveAfterGc.get() >> 20, run.bytes() >> 20, run.blank());
    }

    /** Ten sample pages (eight of text at skews up to ±2.5°, a dusty blank, a signature) as raw files, PNG and PNM. */
    record Templates(Path dir, ColorMode mode, RawPageStore raws, List<RawPageRef> refs) {
        static Templates write(Path dir, ColorMode mode) throws IOException {
            Files.createDirectories(dir);
            Templates t = existing(dir, mode);
            for (int i = 0; i < TEMPLATES; i++) {
                BufferedImage page = switch (i) {
                    case 4 -> SamplePages.dustyPage(800, i);
                    case 8 -> SamplePages.signaturePage();
                    default -> SamplePages.textPage(-2.5 + 0.6 * i, i);
                };
                RawPage raw = mode == ColorMode.GRAY ? SamplePages.grey(page, i) : SamplePages.blackAndWhite(page, i);
                t.raws().keep(raw);
                BufferedImage image = mode == ColorMode.GRAY ? page : bits(page);
                ImageIO.write(image, "png", t.png(i).toFile());
                writePnm(image, mode, t.pnm(i));
            }
            return t;
        }

        static Templates existing(Path dir, ColorMode mode) {
            var files = new RawPageFiles(dir.resolve("raw"));
            List<RawPageRef> refs = new ArrayList<>();
            for (int i = 0; i < TEMPLATES; i++) {
                refs.add(new RawPageRef("raw-" + (i + 1), SamplePages.A4_WIDTH, SamplePages.A4_HEIGHT, SamplePages.DPI, mode));
            }
            RawPageStore cycling = new RawPageStore() {
                @Override
                public RawPageRef keep(RawPage page) {
                    return files.keep(page);
                }

                @Override
                public RawPage load(RawPageRef ref) {
                    int n = Integer.parseInt(ref.id().substring(ref.id().indexOf('-') + 1));
                    return files.load(refs.get(n % TEMPLATES));
                }

                @Override
                public void discard(RawPageRef ref) {
                }
            };
            return new Templates(dir, mode, cycling, refs);
        }

        /** The i-th page of a batch: a template again, under a page id of its own. */
        RawPageRef ref(int i) {
            RawPageRef t = refs.get(i % TEMPLATES);
            return new RawPageRef("page-" + i, t.width(), t.height(), t.dpi(), t.mode());
        }

        Path png(int i) {
            return dir.resolve("page-" + (i % TEMPLATES) + ".png");
        }

        Path pnm(int i) {
            return dir.resolve("page-" + (i % TEMPLATES) + pnmSuffix());
        }

        String pnmSuffix() {
            return mode == ColorMode.GRAY ? ".pgm" : ".pbm";
        }
    }

    private static BufferedImage bits(BufferedImage grey) {
        var bits = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        var g = bits.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return bits;
    }

    private static void writePnm(BufferedImage image, ColorMode mode, Path file) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            if (mode == ColorMode.GRAY) {
                out.write("P5\n%d %d\n255\n".formatted(image.getWidth(), image.getHeight()).getBytes());
                out.write(((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData());
            } else {
                out.write("P4\n%d %d\n".formatted(image.getWidth(), image.getHeight()).getBytes());
                for (byte b : ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData()) {
                    out.write(~b); // PBM: 1 = black; TYPE_BYTE_BINARY: 1 = white
                }
            }
        }
    }

    private static double timed(Path dir, List<String> command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(command.getFirst() + " failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
