package fr.chambery.cqc.web.api;

import fr.chambery.cqc.core.refusal.Refusal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A request of the API whose input is refused before reaching the domain: a 400 worded from the bundles. */
public class InvalidRequestException extends RuntimeException implements Refusal {

    private final String key;
    private final List<Object> arguments;

    public InvalidRequestException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<Object> arguments() {
        return arguments;
    }
}
