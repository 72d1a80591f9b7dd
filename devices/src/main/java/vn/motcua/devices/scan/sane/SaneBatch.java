package vn.motcua.devices.scan.sane;

import au.com.southsky.jfreesane.SaneDevice;
import au.com.southsky.jfreesane.SaneException;
import au.com.southsky.jfreesane.SaneParameters;
import au.com.southsky.jfreesane.SaneStatus;
import au.com.southsky.jfreesane.ScanListenerAdapter;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanBatchResult;
import vn.motcua.core.scan.ScanBatchResult.Problem;
import vn.motcua.core.scan.ScanListener;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.core.scan.ScanSettings.Source;

/**
 * One batch on an open, configured device: pages until the feeder runs empty (or the one flatbed page), each
 * delivered as soon as it is read. A failed page ends the batch after {@code sane_cancel}, as SANE requires
 * before the device is touched again; a broken connection ends it at once, without waiting on the dead
 * session.
 */
final class SaneBatch {
    private static final Logger LOG = LoggerFactory.getLogger(SaneBatch.class);
    /** Progress is reported in steps of 1 %: saned sends a record every few kilobytes. */
    private static final double PROGRESS_STEP = 0.01;

    private final SaneDevice device;
    private final ScanSettings settings;
    private final int dpi;
    private final ScanListener listener;
    private final BeforePage beforePage;
    private boolean cancelSent;

    SaneBatch(SaneDevice device, ScanSettings settings, int dpi, ScanListener listener, BeforePage beforePage) {
        this.device = device;
        this.settings = settings;
        this.dpi = dpi;
        this.listener = listener;
        this.beforePage = beforePage;
    }

    ScanBatchResult run() {
        int delivered = 0;
        while (true) {
            if (listener.cancelled()) {
                return ended(delivered, Problem.CANCELLED);
            }
            BufferedImage image;
            try {
                beforePage.before(device, delivered);
                image = device.acquireImage(new PageProgress(delivered));
            } catch (SaneException e) {
                return ended(delivered, problemOf(e.getStatus(), delivered));
            } catch (IOException | UncheckedIOException e) {
                return broken(delivered, e);
            } catch (RuntimeException e) {
                LOG.warn("The scanner sent a page JFreeSane cannot assemble", e);
                return ended(delivered, Problem.IO_ERROR);
            }
            RawPage page = RawPageConversion.toRawPage(delivered, dpi, image, settings.colorMode());
            listener.page(page);
            delivered++;
            if (settings.source() == Source.FLATBED) {
                return ended(delivered, Problem.NONE);
            }
        }
    }

    private Problem problemOf(SaneStatus status, int delivered) {
        if (cancelSent) {
            return Problem.CANCELLED;
        }
        return switch (status) {
            case STATUS_NO_DOCS -> delivered > 0 && settings.source() != Source.FLATBED
                    ? Problem.NONE : Problem.NO_DOCUMENTS;
            default -> problemOf(status);
        };
    }

    static Problem problemOf(SaneStatus status) {
        return switch (status) {
            case STATUS_JAMMED -> Problem.JAMMED;
            case STATUS_COVER_OPEN -> Problem.COVER_OPEN;
            case STATUS_NO_DOCS -> Problem.NO_DOCUMENTS;
            case STATUS_CANCELLED -> Problem.CANCELLED;
            case null, default -> Problem.IO_ERROR;
        };
    }

    static Problem problemOf(Exception failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (cause instanceof SocketTimeoutException) {
            return Problem.TIMEOUT;
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof UnknownHostException || cause instanceof EOFException
                || cause instanceof SocketException) {
            return Problem.DEVICE_GONE;
        }
        return Problem.IO_ERROR;
    }

    /** Ends the batch on a working session: SANE wants {@code sane_cancel} after the last page and after a failure. */
    private ScanBatchResult ended(int delivered, Problem problem) {
        try {
            device.cancel();
        } catch (IOException e) {
            LOG.debug("Cancelling the scanner after the batch failed", e);
        }
        return result(delivered, problem);
    }

    private ScanBatchResult broken(int delivered, Exception failure) {
        Problem problem = cancelSent ? Problem.CANCELLED : problemOf(failure);
        return result(delivered, problem);
    }

    private ScanBatchResult result(int delivered, Problem problem) {
        if (problem != Problem.NONE) {
            LOG.info("Scan batch ended after {} page(s): {}", delivered, problem);
        }
        return new ScanBatchResult(delivered, problem);
    }

    /** Maps JFreeSane's per-record callback to the clerk's progress bar and answers a cancel mid-page. */
    private final class PageProgress extends ScanListenerAdapter {
        private final int pageIndex;
        private int frame;
        private int frames = 1;
        private double reported = -1;

        PageProgress(int pageIndex) {
            this.pageIndex = pageIndex;
        }

        @Override
        public void frameAcquisitionStarted(SaneDevice device, SaneParameters parameters, int currentFrame,
                int likelyTotalFrames) {
            frame = currentFrame;
            frames = Math.max(1, likelyTotalFrames);
        }

        @Override
        public void recordRead(SaneDevice device, int totalBytesRead, int imageSizeBytes) {
            cancelWhenAsked();
            if (imageSizeBytes <= 0) {
                return;
            }
            double fraction = Math.min(1, (frame + (double) totalBytesRead / imageSizeBytes) / frames);
            if (fraction - reported >= PROGRESS_STEP || (fraction == 1 && reported < 1)) {
                reported = fraction;
                listener.progress(pageIndex, fraction);
            }
        }

        /** saned answers the cancel on the control connection and ends the data stream with CANCELLED. */
        private void cancelWhenAsked() {
            if (!cancelSent && listener.cancelled()) {
                cancelSent = true;
                try {
                    device.cancel();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
