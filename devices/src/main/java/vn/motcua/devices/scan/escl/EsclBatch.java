package vn.motcua.devices.scan.escl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanBatchResult;
import vn.motcua.core.scan.ScanBatchResult.Problem;
import vn.motcua.core.scan.ScanListener;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.devices.scan.escl.EsclCapabilities.Source;

/**
 * One batch on one eSCL scanner: check the feeder, create the job, fetch {@code NextDocument} until the scanner
 * answers 404, and cancel the job with {@code DELETE} whenever the batch ends before the scanner ended it.
 */
final class EsclBatch {
    private static final Logger LOG = LoggerFactory.getLogger(EsclBatch.class);
    /** How often the scanning thread looks at the listener and the page timeout while a page downloads. */
    private static final Duration POLL = Duration.ofMillis(50);

    private final EsclConnection connection;
    private final HttpClient http;
    private final EsclSettings settings;
    private final ScanSettings wanted;
    private final ScanListener listener;
    private int delivered;
    private URI job;
    private boolean jobEnded;

    EsclBatch(EsclConnection connection, HttpClient http, EsclSettings settings, ScanSettings wanted,
            ScanListener listener) {
        this.connection = connection;
        this.http = http;
        this.settings = settings;
        this.wanted = wanted;
        this.listener = listener;
    }

    ScanBatchResult run() {
        try {
            Problem problem = scan();
            if (problem != Problem.NONE) {
                LOG.info("Scan at {} ended {} after {} pages", connection.root(), problem, delivered);
            }
            return new ScanBatchResult(delivered, problem);
        } catch (EsclException e) {
            if (e.problem() == Problem.CANCELLED) {
                LOG.info("Scan at {} cancelled after {} pages", connection.root(), delivered);
            } else {
                LOG.warn("Scan at {} ended {} after {} pages: {}", connection.root(), e.problem(), delivered,
                        e.getMessage());
            }
            return new ScanBatchResult(delivered, e.problem());
        } finally {
            if (job != null && !jobEnded) {
                connection.delete(job);
            }
        }
    }

    private Problem scan() throws EsclException {
        EsclScanRequest request = EsclScanRequest.fit(connection.capabilities(), wanted);
        if (request.source() != Source.PLATEN) {
            Optional<Problem> notReady = connection.status().feederProblem();
            if (notReady.isPresent()) {
                return notReady.get();
            }
        }
        checkCancelled();
        job = createJob(request);
        return readPages(request);
    }

    private URI createJob(EsclScanRequest request) throws EsclException {
        URI jobs = connection.resolve("ScanJobs");
        BusyBackoff backoff = new BusyBackoff(settings.busyRetry(), settings.busyTimeout());
        while (true) {
            HttpResponse<byte[]> response = connection.post(jobs, request.toXml());
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if ((status == 201 || status == 200) && location.isPresent()) {
                return connection.jobUri(location.get());
            }
            if (status != 503) {
                throw explained(request, "HTTP " + status + " to POST " + jobs, Problem.IO_ERROR);
            }
            waitWhileBusy(request, backoff, response.headers(), "to start the job");
        }
    }

    private Problem readPages(EsclScanRequest request) throws EsclException {
        URI next = URI.create(job + "/NextDocument");
        while (true) {
            checkCancelled();
            Answer answer = nextDocument(request, next);
            if (answer.status() == 404) {
                jobEnded = true;
                return endOfJob(request);
            }
            if (answer.status() != 200) {
                throw explained(request, "HTTP " + answer.status() + " to GET " + next, Problem.IO_ERROR);
            }
            deliver(answer.body(), request);
            if (request.source() == Source.PLATEN) {
                jobEnded = true;
                return Problem.NONE;
            }
        }
    }

    private void deliver(byte[] document, EsclScanRequest request) throws EsclException {
        RawPage page = EsclPageDecoder.decode(document, delivered, request.dpi(), wanted.colorMode());
        listener.progress(delivered, 1.0);
        listener.page(page);
        delivered++;
    }

    /** A 404 ends every job; the status tells a jam or an open door from an emptied feeder. */
    private Problem endOfJob(EsclScanRequest request) {
        if (request.source() != Source.PLATEN) {
            Optional<Problem> blocking = statusQuietly().flatMap(EsclStatus::blockingProblem);
            if (blocking.isPresent()) {
                return blocking.get();
            }
        }
        return delivered == 0 ? Problem.NO_DOCUMENTS : Problem.NONE;
    }

    private Answer nextDocument(EsclScanRequest request, URI next) throws EsclException {
        BusyBackoff backoff = new BusyBackoff(settings.busyRetry(), settings.busyTimeout());
        while (true) {
            Answer answer;
            try {
                answer = download(next);
            } catch (EsclException e) {
                throw e.problem() == Problem.IO_ERROR ? afterBrokenConnection(request, e) : e;
            }
            if (answer.status() != 503) {
                return answer;
            }
            waitWhileBusy(request, backoff, answer.headers(), "to deliver page " + (delivered + 1));
        }
    }

    private Answer download(URI uri) throws EsclException {
        DocumentDownload download = new DocumentDownload();
        // No request timeout: the page timeout below measures silence, not the whole (possibly slow) page
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(HttpRequest.newBuilder(uri).GET().build(),
                download);
        try {
            return await(answer, download, uri);
        } finally {
            answer.cancel(true);
        }
    }

    private Answer await(CompletableFuture<HttpResponse<Void>> answer, DocumentDownload download, URI uri)
            throws EsclException {
        double reported = 0;
        while (true) {
            try {
                HttpResponse<Void> response = answer.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
                return new Answer(response.statusCode(), response.headers(), download.bytes());
            } catch (TimeoutException e) {
                checkCancelled();
                if (download.idle().compareTo(settings.pageTimeout()) > 0) {
                    throw new EsclException(Problem.TIMEOUT, "The scanner sent nothing for "
                            + settings.pageTimeout().toMillis() + " ms during GET " + uri);
                }
                double fraction = download.fraction();
                if (fraction > reported) {
                    listener.progress(delivered, fraction);
                    reported = fraction;
                }
            } catch (ExecutionException e) {
                throw EsclConnection.failure(e.getCause(), "GET " + uri);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EsclException(Problem.CANCELLED, "Interrupted during GET " + uri);
            }
        }
    }

    /** Unless the status shows a jam or an open door, waits before the caller asks again; TIMEOUT when too long. */
    private void waitWhileBusy(EsclScanRequest request, BusyBackoff backoff, HttpHeaders headers, String what)
            throws EsclException {
        Optional<Problem> blocking = feederProblem(request).filter(p -> p != Problem.NO_DOCUMENTS);
        if (blocking.isPresent()) {
            throw new EsclException(blocking.get(), "The scanner is busy " + what + " and reports " + blocking.get());
        }
        Duration delay = backoff.nextDelay(retryAfter(headers)).orElseThrow(() -> new EsclException(Problem.TIMEOUT,
                "The scanner stayed busy (HTTP 503) for " + settings.busyTimeout().toMillis() + " ms " + what));
        pause(delay);
    }

    /** A broken connection while the scanner still answers is an I/O error, unless it reports a feeder fault. */
    private EsclException afterBrokenConnection(EsclScanRequest request, EsclException broken) {
        try {
            Optional<Problem> blocking = request.source() == Source.PLATEN ? Optional.empty()
                    : connection.status().blockingProblem();
            return blocking.map(p -> new EsclException(p, broken.getMessage() + "; the scanner reports " + p, broken))
                    .orElse(broken);
        } catch (EsclException probe) {
            return probe.problem() == Problem.DEVICE_GONE ? probe : broken;
        }
    }

    private EsclException explained(EsclScanRequest request, String what, Problem otherwise) {
        Optional<Problem> reported = feederProblem(request).filter(p -> p != Problem.NO_DOCUMENTS || delivered == 0);
        return new EsclException(reported.orElse(otherwise), "The scanner answered " + what
                + reported.map(p -> "; it reports " + p).orElse(""));
    }

    private Optional<Problem> feederProblem(EsclScanRequest request) {
        return request.source() == Source.PLATEN ? Optional.empty() : statusQuietly().flatMap(EsclStatus::feederProblem);
    }

    private Optional<EsclStatus> statusQuietly() {
        try {
            return Optional.of(connection.status());
        } catch (EsclException e) {
            LOG.debug("No status from {}: {}", connection.root(), e.getMessage());
            return Optional.empty();
        }
    }

    private void pause(Duration delay) throws EsclException {
        long end = System.nanoTime() + delay.toNanos();
        for (long left = delay.toNanos(); left > 0; left = end - System.nanoTime()) {
            checkCancelled();
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, POLL.toNanos()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EsclException(Problem.CANCELLED, "Interrupted while the scanner was busy");
            }
        }
    }

    private void checkCancelled() throws EsclException {
        if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new EsclException(Problem.CANCELLED, "Cancelled");
        }
    }

    private static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").filter(s -> s.strip().matches("\\d{1,4}"))
                .map(s -> Duration.ofSeconds(Long.parseLong(s.strip())));
    }

    private record Answer(int status, HttpHeaders headers, byte[] body) {
    }
}
