package vn.motcua.devices.scan.escl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects one {@code NextDocument} answer while the scanning thread watches it: bytes so far for progress, and
 * the time since anything last arrived, so a scanner that stalls mid-page is noticed.
 */
final class DocumentDownload implements HttpResponse.BodyHandler<Void> {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
    private volatile long expected = -1;

    @Override
    public HttpResponse.BodySubscriber<Void> apply(HttpResponse.ResponseInfo info) {
        expected = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        lastActivity.set(System.nanoTime());
        return HttpResponse.BodySubscribers.ofByteArrayConsumer(chunk -> chunk.ifPresent(this::append));
    }

    /** 0..1 of the announced length; 0 while the length is unknown. */
    double fraction() {
        long total = expected;
        return total > 0 ? Math.min(1.0, (double) received.get() / total) : 0.0;
    }

    Duration idle() {
        return Duration.ofNanos(System.nanoTime() - lastActivity.get());
    }

    byte[] bytes() {
        synchronized (body) {
            return body.toByteArray();
        }
    }

    private void append(byte[] bytes) {
        synchronized (body) {
            body.writeBytes(bytes);
        }
        received.addAndGet(bytes.length);
        lastActivity.set(System.nanoTime());
    }
}
