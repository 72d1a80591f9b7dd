package vn.motcua.core.intake;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.dossier.StoredFileRef;

/** How one required component was provided at intake. */
public sealed interface Provision {

    /** Not provided yet: blocks acceptance if the component is mandatory. */
    record Missing() implements Provision {
    }

    /** Handed in on paper and scanned here into files. */
    record Scanned(List<StoredFileRef> files) implements Provision {
        public Scanned {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("A scanned component has at least one file");
            }
        }
    }

    /** An existing digitised copy was used instead of paper. */
    record Reused(ReusableDocument document) implements Provision {
        public Reused {
            Objects.requireNonNull(document, "document");
        }
    }

    /** Seen on paper and handed back, or kept on paper only (no digital copy made). */
    record PaperOnly() implements Provision {
    }

    default boolean provided() {
        return !(this instanceof Missing);
    }
}
