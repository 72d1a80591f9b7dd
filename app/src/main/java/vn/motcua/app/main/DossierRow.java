package vn.motcua.app.main;

/**
 * One line of the dossier table, already formatted for display; the owner's identifier is masked.
 *
 * @param overdue the due time has passed while the dossier is still open
 */
public record DossierRow(String code, String procedure, String owner, String maskedIdentifier, String status,
        String receivedAt, String dueAt, boolean overdue) {
}
