package vn.motcua.app.main;

/**
 * A personal identifier as the dossier list shows it: first three and last two characters, the rest
 * starred ({@code 001*******56}). Enough for the clerk to tell rows apart; the full number stays off a
 * screen the citizen at the counter (and the next one in line) can see.
 */
public final class MaskedIdentifier {
    private MaskedIdentifier() {
    }

    public static String of(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return "";
        }
        String id = identifier.strip();
        if (id.length() < 6) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 5) + id.substring(id.length() - 2);
    }
}
