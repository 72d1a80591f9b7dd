package vn.motcua.devices.forms;

import java.util.List;

/**
 * The values given for a form lack something its template prints. The message names the values, never
 * their contents, so it may be logged.
 */
public final class FormDataException extends RuntimeException {
    private final transient List<String> missing;

    FormDataException(String template, List<String> missing) {
        super("Form " + template + " cannot be filled: no value for " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
