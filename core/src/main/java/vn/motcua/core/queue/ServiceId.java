package vn.motcua.core.queue;

import java.util.Objects;

/** Identifies a queue service (a group of procedures the kiosk offers), e.g. {@code DEMO.A}. */
public record ServiceId(String value) {
    public static final int MAX_LENGTH = 40;

    public ServiceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH || !value.equals(value.strip())) {
            throw new IllegalArgumentException("A service id has 1.." + MAX_LENGTH + " characters, no outer spaces");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
