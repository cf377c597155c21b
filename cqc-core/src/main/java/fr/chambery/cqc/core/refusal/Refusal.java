package fr.chambery.cqc.core.refusal;

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
}
