package fr.chambery.cqc.core.refusal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Input that the domain refuses (a malformed slug, an unknown type...). Still an
 * {@link IllegalArgumentException} for the callers that check arguments; its message is for the logs only.
 */
public class DomainRefusal extends IllegalArgumentException implements Refusal {

    private final String key;
    private final List<Object> arguments;

    public DomainRefusal(String key, Object... arguments) {
        super(key + " " + Arrays.toString(arguments));
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
