package vn.motcua.core.catalogue;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.calendar.ProcessingTime;

/**
 * An administrative procedure (thủ tục hành chính) of the catalogue.
 *
 * @param demo true for the bundled demonstration catalogue, never for data synced from the province
 */
public record Procedure(
        ProcedureCode code,
        String name,
        FieldOfWork field,
        ProcessingTime processingTime,
        List<RequiredComponent> components,
        List<Fee> fees,
        List<ResultType> results,
        boolean demo) {

    public Procedure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(processingTime, "processingTime");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Procedure name must not be blank");
        }
        components = List.copyOf(components);
        fees = List.copyOf(fees);
        results = List.copyOf(results);
    }

    public long totalFeesVnd() {
        return fees.stream().mapToLong(Fee::amountVnd).sum();
    }
}
