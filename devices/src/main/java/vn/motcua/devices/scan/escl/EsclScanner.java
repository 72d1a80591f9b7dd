package vn.motcua.devices.scan.escl;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.scan.ScanBatchResult;
import vn.motcua.core.scan.ScanListener;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.core.scan.Scanner;
import vn.motcua.core.scan.ScannerDevice;

/**
 * A driverless network scanner (eSCL, a.k.a. AirScan / Mopria) over HTTP. Device ids are {@value #ID_PREFIX}
 * followed by the eSCL root, e.g. {@code escl:http://192.168.1.20/eSCL}; {@link #scan} accepts any such id, so a
 * future mDNS browser ({@code _uscan._tcp}: host, port and the {@code rs} TXT record give the root) only has
 * to produce ids. Until then {@link #discover} offers the configured scanner when it answers.
 * <p>
 * Never throws from {@link #scan} for a scanner's failure and never waits without bound: connects, requests and
 * page silences have timeouts, and "busy" answers are retried only for {@link EsclSettings#busyTimeout()}.
 */
public final class EsclScanner implements Scanner, AutoCloseable {
    public static final String ID_PREFIX = "escl:";
    private static final Logger LOG = LoggerFactory.getLogger(EsclScanner.class);

    private final EsclSettings settings;
    private final HttpClient http;

    public EsclScanner(EsclSettings settings) {
        this.settings = settings;
        // eSCL devices speak HTTP/1.1; some embedded servers mishandle an HTTP/2 upgrade attempt
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The configured scanner if it answers with usable capabilities; otherwise none, with the reason logged. */
    @Override
    public List<ScannerDevice> discover() {
        try {
            EsclCapabilities capabilities = connection(settings.root()).capabilities();
            return List.of(new ScannerDevice(idOf(settings.root()), capabilities.vendor(), capabilities.model()));
        } catch (EsclException e) {
            LOG.warn("No eSCL scanner at {}: {}", settings.root(), e.getMessage());
            return List.of();
        }
    }

    /**
     * @throws IllegalArgumentException when the device is not an eSCL device id
     * @throws vn.motcua.devices.scan.ScanSettingsRejectedException when the scanner lacks the profile's source or
     *         offers neither JPEG nor PNG; nothing was scanned
     */
    @Override
    public ScanBatchResult scan(ScannerDevice device, ScanSettings scanSettings, ScanListener listener) {
        return new EsclBatch(connection(rootOf(device)), http, settings, scanSettings, listener).run();
    }

    /** What the scanner can do, for building profiles; the exception's message says what went wrong. */
    public EsclCapabilities capabilities(ScannerDevice device) throws EsclException {
        return connection(rootOf(device)).capabilities();
    }

    /** Whether the scanner is idle and what its feeder holds, e.g. to show "khay nạp giấy trống". */
    public EsclStatus status(ScannerDevice device) throws EsclException {
        return connection(rootOf(device)).status();
    }

    public static String idOf(URI root) {
        return ID_PREFIX + EsclSettings.of(root).root();
    }

    @Override
    public void close() {
        http.close();
    }

    private EsclConnection connection(URI root) {
        return new EsclConnection(http, root, settings);
    }

    private URI rootOf(ScannerDevice device) {
        if (!device.id().startsWith(ID_PREFIX)) {
            throw new IllegalArgumentException("Not an eSCL scanner: " + device.id());
        }
        try {
            return settings.withRoot(URI.create(device.id().substring(ID_PREFIX.length()))).root();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a usable eSCL device id: " + device.id(), e);
        }
    }
}
