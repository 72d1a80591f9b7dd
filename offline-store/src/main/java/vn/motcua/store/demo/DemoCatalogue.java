package vn.motcua.store.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.FieldOfWork;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.catalogue.RequiredComponent;
import vn.motcua.core.catalogue.ResultType;
import vn.motcua.store.StoreException;

/**
 * The bundled demonstration catalogue ({@value #RESOURCE}): education-sector procedures so a fresh desk
 * can be tried before it is connected to the province. Refuses a file that does not plainly say it is
 * demo data, so real catalogue data can never be loaded through here by mistake.
 */
public final class DemoCatalogue {
    public static final String RESOURCE = "/vn/motcua/store/demo/demo-catalogue.json";
    public static final String CODE_PREFIX = "DEMO.";
    static final String NOTICE_START = "DEMO DATA";

    private DemoCatalogue() {
    }

    public static List<Procedure> procedures() {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StoreException("The demo catalogue " + RESOURCE + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new StoreException("Cannot read the demo catalogue: " + e.getMessage(), e);
        }
    }

    static List<Procedure> read(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        CatalogueFile file = mapper.readValue(json, CatalogueFile.class);
        if (file.notice() == null || !file.notice().startsWith(NOTICE_START)) {
            throw new StoreException("The demo catalogue must start its notice with '" + NOTICE_START + "'");
        }
        return file.procedures().stream().map(DemoCatalogue::procedure).toList();
    }

    private static Procedure procedure(ProcedureEntry entry) {
        if (!entry.code().startsWith(CODE_PREFIX)) {
            throw new StoreException("Demo procedure codes must start with " + CODE_PREFIX + ": " + entry.code());
        }
        return new Procedure(new ProcedureCode(entry.code()), entry.name(),
                new FieldOfWork(entry.field().code(), entry.field().name()),
                new ProcessingTime(entry.processingTime().amount(),
                        ProcessingTime.Unit.valueOf(entry.processingTime().unit())),
                entry.components().stream()
                        .map(c -> new RequiredComponent(c.code(), c.name(), DocumentForm.valueOf(c.form()),
                                c.quantity(), c.mandatory()))
                        .toList(),
                entry.fees().stream().map(f -> new Fee(f.name(), f.amountVnd())).toList(),
                entry.results().stream().map(r -> new ResultType(r.code(), r.name())).toList(),
                true);
    }

    record CatalogueFile(String notice, List<ProcedureEntry> procedures) {
    }

    record ProcedureEntry(String code, String name, FieldEntry field, TimeEntry processingTime,
            List<ComponentEntry> components, List<FeeEntry> fees, List<ResultEntry> results) {
    }

    record FieldEntry(String code, String name) {
    }

    record TimeEntry(int amount, String unit) {
    }

    record ComponentEntry(String code, String name, String form, int quantity, boolean mandatory) {
    }

    record FeeEntry(String name, long amountVnd) {
    }

    record ResultEntry(String code, String name) {
    }
}
