package vn.motcua.devices.scan.escl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * An eSCL scanner on 127.0.0.1 for tests and training demos, on the JDK's HTTP server. It serves
 * {@link EsclSamples#MFP_CAPABILITIES} (or any capabilities set), a status built from its state, accepts
 * {@code ScanJobs} only when the settings use the eSCL namespaces, and answers {@code NextDocument} with generated
 * JPEG/PNG pages of the requested size, resolution and mode until the feeder is empty, then 404.
 * Faults: 503 k times before each page, a jam after page k, a connection cut mid-page, a slow page.
 * Each page carries a grey block of {@link #markerLevel(int)} at {@link #markerX(int)}, {@link #markerY(int)}
 * so tests can tell pages apart and check their order.
 * <pre>
 * try (var server = new LoopbackEsclServer()) {
 *     server.loadFeeder(3);
 *     var scanner = new EsclScanner(EsclSettings.of(server.root()));
 * }
 * </pre>
 * Job addresses in {@code Location} name the host {@code scanner.invalid}, as devices that announce an internal
 * host name do: a client must take only the path.
 */
public final class LoopbackEsclServer implements AutoCloseable {
    private static final String SCAN = "http://schemas.hp.com/imaging/escl/2011/05/03";
    private static final String PWG = "http://www.pwg.org/schemas/2010/12/sm";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "loopback-escl");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> scanSettings = new CopyOnWriteArrayList<>();
    private final List<String> deletedJobs = new CopyOnWriteArrayList<>();
    private final AtomicInteger busyAnswers = new AtomicInteger();
    private final AtomicInteger documentRequests = new AtomicInteger();
    private volatile String capabilities = EsclSamples.MFP_CAPABILITIES;
    private volatile String state = "Idle";
    private volatile String adfState = "ScannerAdfEmpty";
    private volatile int feederPages;
    private volatile int busyBeforeEachPage;
    private volatile int busyBeforeJob;
    private volatile boolean conflictOnJob;
    private volatile int jamAfterPages = -1;
    private volatile int jamAnswer = 404;
    private volatile int cutPage = -1;
    private volatile Duration pageDelay = Duration.ZERO;

    public LoopbackEsclServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(executor);
        server.createContext("/eSCL/", this::handle);
        server.start();
    }

    /** The eSCL root, e.g. {@code http://127.0.0.1:40123/eSCL}. */
    public URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eSCL");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Puts {@code pages} sheets in the feeder (0 empties it); the platen always holds one page. */
    public void loadFeeder(int pages) {
        feederPages = pages;
        adfState = pages > 0 ? "ScannerAdfLoaded" : "ScannerAdfEmpty";
    }

    /** Overrides what the status reports as the feeder state, e.g. to claim "loaded" while it is empty. */
    public void reportAdfState(String state) {
        adfState = state;
    }

    public void serveCapabilities(String xml) {
        capabilities = xml;
    }

    /** Every NextDocument that would deliver a page is first answered 503 this many times. */
    public void busyBeforeEachPage(int times) {
        busyBeforeEachPage = times;
    }

    /** The next job creations are answered 503 this many times. */
    public void busyBeforeJob(int times) {
        busyBeforeJob = times;
    }

    /**
     * Job creation is answered 409 and the feeder then reports empty, as devices do that only notice an empty
     * feeder when they try to pick a sheet.
     */
    public void conflictOnJob() {
        conflictOnJob = true;
    }

    /** After {@code pages} pages the feeder jams: NextDocument answers {@code httpStatus}, the status shows a jam. */
    public void jamAfterPages(int pages, int httpStatus) {
        jamAfterPages = pages;
        jamAnswer = httpStatus;
    }

    /** The page with this number (1-based) is cut off halfway and its connection closed. */
    public void cutConnectionAtPage(int pageNumber) {
        cutPage = pageNumber;
    }

    /** Each NextDocument waits this long before answering (ended early by {@link #close()}). */
    public void slowPages(Duration delay) {
        pageDelay = delay;
    }

    /** "METHOD /path" of every request so far, in order of arrival. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The bodies of the ScanJobs requests received. */
    public List<String> scanSettings() {
        return List.copyOf(scanSettings);
    }

    /** Paths of the jobs cancelled with DELETE. */
    public List<String> deletedJobs() {
        return List.copyOf(deletedJobs);
    }

    /** Paths of the jobs created so far. */
    public List<String> createdJobs() {
        return jobs.values().stream().map(Job::path).toList();
    }

    public int busyAnswers() {
        return busyAnswers.get();
    }

    /** NextDocument requests received so far, counted on arrival. */
    public int documentRequests() {
        return documentRequests.get();
    }

    /** The grey level of page {@code pageNumber}'s marker block; far enough apart to survive JPEG. */
    public static int markerLevel(int pageNumber) {
        return 20 + 45 * (pageNumber % 5);
    }

    public static int markerX(int pageWidth) {
        return pageWidth / 5;
    }

    public static int markerY(int pageHeight) {
        return pageHeight * 3 / 20;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            requests.add(method + " " + path);
            route(exchange, method, path, exchange.getRequestBody().readAllBytes());
        } catch (ConnectionCut e) {
            throw e;
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void route(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        if (method.equals("GET") && path.equals("/eSCL/ScannerCapabilities")) {
            send(exchange, 200, "text/xml", capabilities.getBytes(StandardCharsets.UTF_8));
        } else if (method.equals("GET") && path.equals("/eSCL/ScannerStatus")) {
            send(exchange, 200, "text/xml", status().getBytes(StandardCharsets.UTF_8));
        } else if (method.equals("POST") && path.equals("/eSCL/ScanJobs")) {
            createJob(exchange, body);
        } else if (method.equals("GET") && path.startsWith("/eSCL/ScanJobs/") && path.endsWith("/NextDocument")) {
            nextDocument(exchange, jobs.get(path.substring(0, path.length() - "/NextDocument".length())));
        } else if (method.equals("DELETE") && jobs.containsKey(path)) {
            deletedJobs.add(path);
            jobs.get(path).ended = true;
            send(exchange, 200, "text/plain", new byte[0]);
        } else {
            send(exchange, 404, "text/plain", new byte[0]);
        }
    }

    private String status() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scan:ScannerStatus xmlns:scan="%s" xmlns:pwg="%s">
                  <pwg:Version>2.63</pwg:Version>
                  <pwg:State>%s</pwg:State>
                  <scan:AdfState>%s</scan:AdfState>
                </scan:ScannerStatus>
                """.formatted(SCAN, PWG, state, adfState);
    }

    private void createJob(HttpExchange exchange, byte[] body) throws IOException {
        scanSettings.add(new String(body, StandardCharsets.UTF_8));
        String id = UUID.randomUUID().toString();
        Job job;
        try {
            job = new Job("/eSCL/ScanJobs/" + id, parseSettings(body));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, "text/plain", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (busyBeforeJob > 0) {
            busyBeforeJob--;
            busyAnswers.incrementAndGet();
            send(exchange, 503, "text/plain", new byte[0]);
        } else if (conflictOnJob || !job.source.equals("Platen") && adfState.equals("ScannerAdfEmpty")) {
            adfState = conflictOnJob ? "ScannerAdfEmpty" : adfState;
            send(exchange, 409, "text/plain", new byte[0]);
        } else {
            jobs.put(job.path, job);
            exchange.getResponseHeaders().set("Location", "http://scanner.invalid" + job.path);
            send(exchange, 201, "text/plain", new byte[0]);
        }
    }

    private void nextDocument(HttpExchange exchange, Job job) throws IOException {
        documentRequests.incrementAndGet();
        if (job == null || job.ended) {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        if (awaitClosing(pageDelay)) {
            return;
        }
        synchronized (job) {
            answerPage(exchange, job);
        }
    }

    private void answerPage(HttpExchange exchange, Job job) throws IOException {
        boolean platen = job.source.equals("Platen");
        if (job.served == jamAfterPages && !platen) {
            adfState = "ScannerAdfJam";
            state = "Stopped";
            job.ended = true;
            send(exchange, jamAnswer, "text/plain", new byte[0]);
            return;
        }
        if (platen ? job.served >= 1 : feederPages == 0) {
            job.ended = true;
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        if (job.busyLeft > 0) {
            job.busyLeft--;
            busyAnswers.incrementAndGet();
            send(exchange, 503, "text/plain", new byte[0]);
            return;
        }
        job.served++;
        job.busyLeft = busyBeforeEachPage;
        if (!platen && --feederPages == 0) {
            adfState = "ScannerAdfEmpty";
        }
        byte[] page = job.page(job.served);
        if (job.served == cutPage) {
            cut(exchange, job.format, page);
        } else {
            send(exchange, 200, job.format, page);
        }
    }

    private static void cut(HttpExchange exchange, String format, byte[] page) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", format);
        exchange.sendResponseHeaders(200, page.length);
        OutputStream body = exchange.getResponseBody();
        body.write(page, 0, page.length / 2);
        body.flush();
        throw new ConnectionCut();
    }

    /** Escapes the handler: the JDK server then closes the connection, where closing the exchange would not. */
    private static final class ConnectionCut extends RuntimeException {
        ConnectionCut() {
            super("connection cut mid-page", null, false, false);
        }
    }

    private boolean awaitClosing(Duration delay) {
        try {
            return !delay.isZero() && closing.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /** One scan job with the settings the client sent. */
    private final class Job {
        final String path;
        final String source;
        final String colorMode;
        final String format;
        final int resolution;
        final int width;
        final int height;
        volatile boolean ended;
        int served;
        int busyLeft = busyBeforeEachPage;

        Job(String path, Document settings) {
            this.path = path;
            this.source = text(settings, PWG, "InputSource");
            this.colorMode = text(settings, SCAN, "ColorMode");
            this.format = text(settings, PWG, "DocumentFormat");
            this.resolution = Integer.parseInt(text(settings, SCAN, "XResolution"));
            this.width = Integer.parseInt(text(settings, PWG, "Width"));
            this.height = Integer.parseInt(text(settings, PWG, "Height"));
        }

        String path() {
            return path;
        }

        byte[] page(int pageNumber) {
            int w = Math.max(1, width * resolution / 300);
            int h = Math.max(1, height * resolution / 300);
            BufferedImage image = new BufferedImage(w, h, imageType());
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            int level = colorMode.equals("BlackAndWhite1") ? 0 : markerLevel(pageNumber);
            g.setColor(new Color(level, level, level));
            g.fillRect(w / 10, h / 10, w / 5, h / 10);
            g.dispose();
            return encode(image);
        }

        private int imageType() {
            return switch (colorMode) {
                case "RGB24" -> BufferedImage.TYPE_INT_RGB;
                case "Grayscale8" -> BufferedImage.TYPE_BYTE_GRAY;
                case "BlackAndWhite1" -> format.equals("image/png") ? BufferedImage.TYPE_BYTE_BINARY
                        : BufferedImage.TYPE_BYTE_GRAY;
                default -> throw new IllegalArgumentException("ColorMode " + colorMode);
            };
        }

        private byte[] encode(BufferedImage image) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                if (!ImageIO.write(image, format.equals("image/png") ? "png" : "jpeg", out)) {
                    throw new IllegalStateException("No ImageIO writer for " + format);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    private static String text(Document document, String namespace, String name) {
        var nodes = document.getElementsByTagNameNS(namespace, name);
        if (nodes.getLength() != 1) {
            throw new IllegalArgumentException("ScanSettings needs exactly one {" + namespace + "}" + name);
        }
        return nodes.item(0).getTextContent().strip();
    }

    static Document parseSettings(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("ScanSettings is not well-formed: " + e.getMessage(), e);
        }
    }
}
