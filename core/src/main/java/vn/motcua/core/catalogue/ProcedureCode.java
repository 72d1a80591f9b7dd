package vn.motcua.core.catalogue;

import java.util.Objects;

/** MaTTHC, e.g. {@code 1.005129}: catalogue data from the provincial system, stored as given. */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {
    public ProcedureCode {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty() || value.length() > 50) {
            throw new IllegalArgumentException("Procedure code must have 1..50 characters");
        }
    }

    @Override
    public int compareTo(ProcedureCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
