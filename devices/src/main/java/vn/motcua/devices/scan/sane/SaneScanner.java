package vn.motcua.devices.scan.sane;

import au.com.southsky.jfreesane.SaneDevice;
import au.com.southsky.jfreesane.SaneException;
import au.com.southsky.jfreesane.SaneSession;
import au.com.southsky.jfreesane.SaneStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.scan.ScanBatchResult;
import vn.motcua.core.scan.ScanBatchResult.Problem;
import vn.motcua.core.scan.ScanListener;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.core.scan.Scanner;
import vn.motcua.core.scan.ScannerDevice;
import vn.motcua.devices.scan.ScanSettingsRejectedException;

/**
 * Scanners behind saned (the SANE network daemon, local or on a scan server), through JFreeSane 1.0.
 * Each {@link #scan} opens its own connection and closes it at the end, so a session that JFreeSane left out
 * of step (it does after any rejected option) never outlives its batch: the next call reconnects. The
 * scanner keeps no state between calls; {@link vn.motcua.devices.scan.BatchContinuation} continues the page
 * numbering of an interrupted batch. Timeouts from {@link SaneSettings} bound every connect and every read.
 */
public final class SaneScanner implements Scanner {
    private static final Logger LOG = LoggerFactory.getLogger(SaneScanner.class);

    private final SaneSettings settings;
    private final BeforePage beforePage;

    public SaneScanner(SaneSettings settings) {
        this(settings, BeforePage.NOTHING);
    }

    SaneScanner(SaneSettings settings, BeforePage beforePage) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.beforePage = Objects.requireNonNull(beforePage, "beforePage");
    }

    /** The scanners saned offers; empty (and logged) when saned cannot be reached. */
    @Override
    public List<ScannerDevice> discover() {
        SaneSession session = null;
        try {
            session = connect(settings.host(), settings.port());
            return session.listDevices().stream()
                    .map(device -> new ScannerDevice(
                            new SaneDeviceId(settings.host(), settings.port(), device.getName()).toString(),
                            Objects.requireNonNullElse(device.getVendor(), ""),
                            Objects.requireNonNullElse(device.getModel(), "")))
                    .toList();
        } catch (IOException | SaneException e) {
            LOG.warn("saned at {}:{} listed no scanners: {}", settings.host(), settings.port(), e.toString());
            return List.of();
        } finally {
            closeQuietly(session);
        }
    }

    /**
     * @throws IllegalArgumentException when {@code device} is not a SANE device id
     * @throws ScanSettingsRejectedException when the scanner cannot take {@code scanSettings} or the
     *         backend options; nothing was scanned
     */
    @Override
    public ScanBatchResult scan(ScannerDevice device, ScanSettings scanSettings, ScanListener listener) {
        SaneDeviceId id = SaneDeviceId.parse(device.id());
        Objects.requireNonNull(scanSettings, "scanSettings");
        Objects.requireNonNull(listener, "listener");
        SaneSession session = null;
        try {
            session = connect(id.host(), id.port());
            SaneDevice sane = session.getDevice(id.name());
            sane.open();
            int dpi = DeviceSetup.apply(sane, scanSettings, settings.backendOptions());
            return new SaneBatch(sane, scanSettings, dpi, listener, beforePage).run();
        } catch (SaneException e) {
            return notOpened(id, e.getStatus());
        } catch (IOException e) {
            Problem problem = SaneBatch.problemOf(e);
            LOG.warn("Scanner {} unreachable: {} ({})", id, problem, e.toString());
            return new ScanBatchResult(0, problem);
        } catch (ScanSettingsRejectedException e) {
            LOG.warn("Scanner {} rejected the scan settings: {}", id, e.getMessage());
            throw e;
        } finally {
            closeQuietly(session);
        }
    }

    private static ScanBatchResult notOpened(SaneDeviceId id, SaneStatus status) {
        Problem problem = SaneBatch.problemOf(status);
        if (problem == Problem.IO_ERROR && status != SaneStatus.STATUS_IO_ERROR) {
            problem = Problem.DEVICE_GONE;
        }
        LOG.warn("Scanner {} could not be opened: {} ({})", id, problem, status);
        return new ScanBatchResult(0, problem);
    }

    private SaneSession connect(String host, int port) throws IOException {
        return SaneSession.withRemoteSane(new InetSocketAddress(host, port),
                settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void closeQuietly(SaneSession session) {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (IOException e) {
            LOG.debug("Closing the saned session", e);
        }
    }
}
