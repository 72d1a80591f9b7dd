package vn.motcua.core.intake;

import java.util.List;

/**
 * Port: where already digitised documents are looked up for reuse (the office's own store now; the
 * provincial system and the national data store once sync lands).
 */
public interface DigitisedDocuments {

    /** Newest first: the digitised copies of that component held for the owner's identifier. */
    List<ReusableDocument> find(String ownerIdentifier, String componentCode);
}
