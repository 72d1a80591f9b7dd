package vn.motcua.store;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.Channel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.dossier.StoredFileRef;

/** Test dossiers with made-up people (no real personal data). */
public final class SampleDossiers {
    public static final AgencyCode AGENCY = new AgencyCode("000.00.12.H62");
    public static final LocalDate DAY = LocalDate.of(2025, 11, 5);

    private SampleDossiers() {
    }

    public static DossierCode code(int sequence) {
        return new DossierCode(AGENCY, DAY, sequence);
    }

    public static DossierOwner owner(String name, String identifier) {
        return new DossierOwner(OwnerType.CITIZEN, name, identifier, "12 Lê Lợi, phường Bến Thành", "0901234567",
                "nguoi.dan@example.vn");
    }

    public static DossierComponent component(String name, StoredFileRef... files) {
        return new DossierComponent("000.00.00.G09-KQ002269", name, DocumentForm.CERTIFIED_COPY, 1,
                files.length > 0, false, false, List.of(files));
    }

    public static Dossier received(DossierCode code, DossierOwner owner, LocalDateTime at,
            List<DossierComponent> components) {
        return Dossier.open(code, new ProcedureCode("DEMO.GD.001"), "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
                owner, components, List.of(new Fee("Phí cấp bản sao", 3_000)), 1, Channel.COUNTER,
                ResultDelivery.AT_COUNTER, at, Optional.of(at.plusDays(1).withHour(16)), "canbo.a",
                DossierStatus.RECEIVED);
    }

    public static StoredFileRef storeBytes(ScannedFileStore files, byte[] bytes, String name) {
        return files.put(new ByteArrayInputStream(bytes), "application/pdf", name);
    }

    /** A dossier with one component per file, each component holding one stored file. */
    public static Dossier withFiles(ScannedFileStore files, DossierCode code, DossierOwner owner, LocalDateTime at,
            List<byte[]> contents) {
        List<DossierComponent> components = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            StoredFileRef ref = storeBytes(files, contents.get(i), "thanh-phan-" + i + ".pdf");
            components.add(component("Thành phần số " + (i + 1), ref));
        }
        return received(code, owner, at, components);
    }
}
