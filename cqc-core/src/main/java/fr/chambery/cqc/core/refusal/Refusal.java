package fr.chambery.cqc.core.refusal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A refusal of the domain told by a message key and its arguments, not by a sentence: the web layer
 * words it in the visitor's language (French unless asked otherwise).
 */
public interface Refusal {

    /** The key of the sentence in the interface's bundles, e.g. {@code refusal.slug.invalid}. */
    String key();

    /** The values the sentence names, in the order of its placeholders. */
    List<Object> arguments();

    /** One reason among several of a refusal (a form's problems), not thrown by itself. */
    static Refusal of(String key, Object... arguments) {
        return new Reason(key, Collections.unmodifiableList(Arrays.asList(arguments.clone())));
    }

    /** A key and its arguments, as a value. */
    record Reason(String key, List<Object> arguments) implements Refusal {
    }
}
