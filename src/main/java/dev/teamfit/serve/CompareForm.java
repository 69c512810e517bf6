package dev.teamfit.serve;

import java.util.List;

/**
 * The compare page's fields: a project file's text, the changes one per line, and what was wrong.
 */
public record CompareForm(String base, String changes, List<String> errors) {

    public CompareForm {
        errors = List.copyOf(errors);
    }
}
