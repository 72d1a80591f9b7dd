package vn.motcua.core.queue;

import java.util.Objects;
import vn.motcua.core.dossier.AgencyCode;

/** The agency whose queue this is: its code goes into the follow-up QR, its name on the ticket header. */
public record QueueOffice(AgencyCode agency, String name) {
    public QueueOffice {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(name, "name");
    }
}
