package vn.motcua.core.scan;

import java.util.Objects;

/** A scanner the driver found: {@code id} is what the driver needs to open it again. */
public record ScannerDevice(String id, String vendor, String model) {
    public ScannerDevice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
    }
}
