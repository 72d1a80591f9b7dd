package vn.motcua.app.scan;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.scan.pages.RawPageStore;
import vn.motcua.devices.pdf.ComponentFiles;

/** A scan panel's model with what it owns: closing the session stops its encoding threads and drops its raw pages. */
public record ScanSession(ScanPanelViewModel model, ComponentFiles files, RawPageStore raws) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScanSession.class);

    public ScanSession {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(raws, "raws");
    }

    @Override
    public void close() {
        model.cancel();
        model.discardRawPages();
        try {
            files.close();
        } catch (Exception e) {
            LOG.warn("Closing the scan session: {}", e.getClass().getName());
        }
    }
}
