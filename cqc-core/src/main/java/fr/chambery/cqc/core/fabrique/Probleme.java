package fr.chambery.cqc.core.fabrique;

import java.util.List;

/**
 * One problem of a form, tied to its field: its message key ({@code refusal.fabrique.field.*}) and the
 * values it names.
 */
public record Probleme(String field, String key, List<Object> arguments) {

    public Probleme {
        arguments = List.copyOf(arguments);
    }

    static Probleme of(String field, String key, Object... arguments) {
        return new Probleme(field, key, List.of(arguments));
    }
}
