package vn.motcua.devices.scan.escl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.scan.ScanBatchResult.Problem;

/** Requests to one scanner's eSCL root, with every transport failure turned into an {@link EsclException}. */
final class EsclConnection {
    private static final Logger LOG = LoggerFactory.getLogger(EsclConnection.class);

    private final HttpClient http;
    private final URI root;
    private final EsclSettings settings;

    EsclConnection(HttpClient http, URI root, EsclSettings settings) {
        this.http = http;
        this.root = root;
        this.settings = settings;
    }

    URI root() {
        return root;
    }

    URI resolve(String path) {
        return URI.create(root + "/" + path);
    }

    EsclCapabilities capabilities() throws EsclException {
        URI uri = resolve("ScannerCapabilities");
        return EsclCapabilities.parse(getOk(uri), uri.toString());
    }

    EsclStatus status() throws EsclException {
        URI uri = resolve("ScannerStatus");
        return EsclStatus.parse(getOk(uri), uri.toString());
    }

    HttpResponse<byte[]> post(URI uri, String xml) throws EsclException {
        return send(request(uri).header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build());
    }

    /** Cancels a job; a scanner that does not answer only gets a log line, since nothing else can be done. */
    void delete(URI job) {
        try {
            int status = send(request(job).DELETE().build()).statusCode();
            if (status >= 300 && status != 404) {
                LOG.warn("The scanner answered HTTP {} to cancelling {}", status, job);
            }
        } catch (EsclException e) {
            LOG.warn("Could not cancel the scan job {}: {}", job, e.getMessage());
        }
    }

    /**
     * The job's address from a {@code Location} header. Only the path is taken: some devices name themselves
     * by an internal host name or "localhost" there, which the app cannot reach.
     */
    URI jobUri(String location) throws EsclException {
        try {
            URI resolved = URI.create(root + "/").resolve(location.strip());
            String path = resolved.getRawPath().replaceAll("/+$", "");
            if (path.isEmpty()) {
                throw new IllegalArgumentException("no path");
            }
            return URI.create(root.getScheme() + "://" + root.getRawAuthority() + path);
        } catch (IllegalArgumentException e) {
            throw new EsclException(Problem.IO_ERROR, "The scanner named its new job '" + location
                    + "', which is not a usable address", e);
        }
    }

    HttpResponse<byte[]> send(HttpRequest request) throws EsclException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw failure(e, request.method() + " " + request.uri());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsclException(Problem.CANCELLED, "Interrupted during " + request.method() + " " + request.uri());
        }
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(settings.requestTimeout());
    }

    static EsclException failure(Throwable error, String what) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException || cause instanceof UnknownHostException
                    || cause instanceof UnresolvedAddressException) {
                return new EsclException(Problem.DEVICE_GONE, "The scanner cannot be reached (" + what + "): "
                        + error, error);
            }
            if (cause instanceof HttpTimeoutException) {
                return new EsclException(Problem.TIMEOUT, "The scanner did not answer in time (" + what + ")", error);
            }
        }
        return new EsclException(Problem.IO_ERROR, "The connection to the scanner failed (" + what + "): " + error,
                error);
    }

    private byte[] getOk(URI uri) throws EsclException {
        HttpResponse<byte[]> response = send(request(uri).GET().build());
        int status = response.statusCode();
        if (status == 503) {
            throw new EsclException(Problem.TIMEOUT, "The scanner is busy (HTTP 503 to GET " + uri + ")");
        }
        if (status != 200) {
            throw new EsclException(Problem.IO_ERROR, "The scanner answered HTTP " + status + " to GET " + uri
                    + (status / 100 == 3 ? "; it moved to " + response.headers().firstValue("Location").orElse("?")
                            + ", configure that address" : ""));
        }
        return response.body();
    }
}
