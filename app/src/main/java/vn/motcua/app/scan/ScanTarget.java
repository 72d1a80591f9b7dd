package vn.motcua.app.scan;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.dossier.DossierCode;

/**
 * What the pages being scanned become: files of the dossier's components. Pages go to {@code first} unless the
 * clerk assigns them to another of the {@code components} (one stack may hold several documents). Each file's
 * metadata names the dossier, its component and the digitised document code (the owner's identifier with the
 * document type; the catalogue has no separate document-type codes yet, so the component code stands in for it).
 */
public record ScanTarget(DossierCode dossier, List<Component> components, String first, String ownerIdentifier,
        String agencyName) {

    /** A component pages can be assigned to. */
    public record Component(String code, String name) {
        public Component {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public ScanTarget {
        Objects.requireNonNull(dossier, "dossier");
        components = List.copyOf(components);
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(ownerIdentifier, "ownerIdentifier");
        Objects.requireNonNull(agencyName, "agencyName");
        if (components.stream().noneMatch(c -> c.code().equals(first))) {
            throw new IllegalArgumentException("The first component must be one of the components");
        }
    }

    /** A scan for one component only. */
    public static ScanTarget single(DossierCode dossier, String componentCode, String componentName,
            String ownerIdentifier, String agencyName) {
        return new ScanTarget(dossier, List.of(new Component(componentCode, componentName)), componentCode,
                ownerIdentifier, agencyName);
    }

    public Component component(String code) {
        return components.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a component of this scan: " + code));
    }
}
