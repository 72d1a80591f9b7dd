package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the provincial one-stop system on 127.0.0.1: the contract of docs/provincial-api.md at
 * {@code /api/}, an admin API at {@code /admin/}, its own storage, a fault plan and, when asked, an OAuth2
 * client-credentials gateway in front of {@code /api/} with its token endpoint at {@code /oauth/token}.
 *
 * <pre>{@code
 * try (ProvinceSandbox province = ProvinceSandbox.start(SandboxOptions.defaults())) {
 *     URI serviceUrl = province.serviceUri();              // http://127.0.0.1:{port}/api/
 *     province.admin().faults().next(FaultKind.DROP_AFTER, 1, "DongBoHoSoMC");
 *     ...
 *     assertThat(province.admin().stats().creates("000.00.12.H62-261123-0001")).isEqualTo(1);
 * }
 * }</pre>
 */
public final class ProvinceSandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceSandbox.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxOptions options;
    private final SandboxAdmin admin;

    private ProvinceSandbox(HttpServer server, ExecutorService executor, SandboxOptions options, SandboxAdmin admin) {
        this.server = server;
        this.executor = executor;
        this.options = options;
        this.admin = admin;
    }

    public static ProvinceSandbox start(SandboxOptions options) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ProvinceTime time = new ProvinceTime(options.clock());
        var directory = options.dataDirectory();
        ProvinceState state = new ProvinceState(json, directory == null ? null : new SnapshotFile(directory));
        UploadStore uploads = new UploadStore(Blobs.in(directory == null ? null : directory.resolve("files")), state);
        SessionTable sessions = new SessionTable();
        SandboxStats stats = new SandboxStats();
        FaultPlan faults = new FaultPlan(options.seed(), options.slowDelay()).add(options.faults());
        ProvinceServices services = new ProvinceServices(options, time, sessions, state, uploads, stats);
        TokenTable tokens = new TokenTable();
        SandboxAdmin admin = new SandboxAdmin(json, time, state, uploads, sessions, services, faults, stats, tokens);
        if (state.isEmpty()) {
            admin.seedCatalogue();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/api/", guarded(new ApiEndpoint(json, services, faults, stats), options, tokens, time));
        options.oauth().ifPresent(client -> server.createContext(TokenEndpoint.PATH,
                new TokenEndpoint(client, tokens, time)));
        server.createContext("/admin/", new AdminEndpoint(json, admin));
        server.createContext(RawUploadEndpoint.PATH, new RawUploadEndpoint(json, uploads));
        server.start();
        ProvinceSandbox sandbox = new ProvinceSandbox(server, executor, options, admin);
        LOG.info("Province sandbox at {} ({})", sandbox.serviceUri(), directory == null ? "in memory" : directory);
        return sandbox;
    }

    /** With the OAuth gateway on, {@code /api/} answers only calls carrying a valid bearer token. */
    private static HttpHandler guarded(HttpHandler api, SandboxOptions options, TokenTable tokens, ProvinceTime time) {
        return options.oauth().isPresent() ? new BearerGate(api, tokens, time) : api;
    }

    public static ProvinceSandbox start() throws IOException {
        return start(SandboxOptions.defaults());
    }

    /** {@code http://127.0.0.1:{port}/} */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** The contract's service URL: {@code http://127.0.0.1:{port}/api/} */
    public URI serviceUri() {
        return uri().resolve("api/");
    }

    /** {@code http://127.0.0.1:{port}/raw/}: whole-file uploads for benchmarks, outside the contract. */
    public URI rawUploadUri() {
        return uri().resolve("raw/");
    }

    /** {@code http://127.0.0.1:{port}/oauth/token}: the OAuth gateway's token endpoint (only with {@code withOAuth}). */
    public URI tokenUri() {
        return uri().resolve(TokenEndpoint.PATH.substring(1));
    }

    /** {@code http://127.0.0.1:{port}/admin/} */
    public URI adminUri() {
        return uri().resolve("admin/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public SandboxOptions options() {
        return options;
    }

    public SandboxAdmin admin() {
        return admin;
    }

    /** Stops at once: calls in flight (e.g. held back by {@link FaultKind#SLOW}) lose their connection. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** For trainers: {@code scripts/run-province-sandbox.sh --help}. */
    public static void main(String[] args) throws Exception {
        SandboxOptions options;
        try {
            options = SandboxCommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SandboxCommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(SandboxCommandLine.USAGE);
            return;
        }
        ProvinceSandbox sandbox = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        System.out.println(SandboxCommandLine.banner(sandbox));
        stopped.await();
    }
}
