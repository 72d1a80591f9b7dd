package vn.motcua.devices.forms;

import java.util.List;

/** A form template that cannot be read or does not fit its form; the message lists every problem found. */
public final class FormTemplateException extends RuntimeException {
    private final transient List<String> problems;

    FormTemplateException(String template, List<String> problems) {
        super("Form template " + template + " is invalid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    FormTemplateException(String template, String problem, Throwable cause) {
        super("Form template " + template + " is invalid: " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
