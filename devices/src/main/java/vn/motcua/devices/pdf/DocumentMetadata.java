package vn.motcua.devices.pdf;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.motcua.core.dossier.DigitisedCodeFormat;
import vn.motcua.core.dossier.DigitisedDocumentCode;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierComponent;

/**
 * What a digitised document says about itself, in its document info and XMP: a title, the agency that
 * digitised it, when, and the codes that tie it to its owner, dossier and component. The digitised document
 * code carries the owner's identifier: personal data, never logged.
 */
public record DocumentMetadata(String title, String author, OffsetDateTime created, String digitisedDocumentCode,
        String dossierCode, String componentCode) {

    public DocumentMetadata {
        requireText(title, "title");
        requireText(author, "author");
        Objects.requireNonNull(created, "created");
        requireText(digitisedDocumentCode, "digitisedDocumentCode");
        requireText(dossierCode, "dossierCode");
        requireText(componentCode, "componentCode");
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The metadata of a component's scan: titled with the component's name and the dossier code. */
    public static DocumentMetadata of(DossierComponent component, DossierCode dossier, DigitisedDocumentCode code,
            DigitisedCodeFormat format, String agencyName, OffsetDateTime created) {
        return of(component.code(), component.name(), dossier, code, format, agencyName, created);
    }

    /** The same, for a component known by its code and name before the dossier holds it (a scan at intake). */
    public static DocumentMetadata of(String componentCode, String componentName, DossierCode dossier,
            DigitisedDocumentCode code, DigitisedCodeFormat format, String agencyName, OffsetDateTime created) {
        return new DocumentMetadata(componentName + " – " + dossier.value(), agencyName, created,
                format.format(code), dossier.value(), componentCode);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    @Override
    public String toString() {
        return "DocumentMetadata[" + dossierCode + ", " + componentCode + "]";
    }
}
