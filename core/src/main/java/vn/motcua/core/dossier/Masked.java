package vn.motcua.core.dossier;

/** The form of an identifier that may appear in logs: first three and last two characters. */
final class Masked {
    private Masked() {
    }

    static String of(String identifier) {
        if (identifier == null || identifier.length() < 6) {
            return "***";
        }
        return identifier.substring(0, 3) + "*".repeat(identifier.length() - 5)
                + identifier.substring(identifier.length() - 2);
    }
}
