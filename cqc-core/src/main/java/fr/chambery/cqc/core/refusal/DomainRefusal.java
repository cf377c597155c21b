package fr.chambery.cqc.core.refusal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Input that the domain refuses (a malformed slug, an unknown type...). Still an
 * {@link IllegalArgumentException} for the callers that check arguments; its message is for the logs only.
 * A feature's refusals extend it, each with a {@code refusal.*} key named in both bundles of the interface.
 */
public class DomainRefusal extends IllegalArgumentException implements Refusal {

    private final String key;
    private final List<Object> arguments;

    public DomainRefusal(String key, Object... arguments) {
        super(key + " " + Arrays.toString(arguments));
        this.key = key;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** A refusal told by its first reason, its message listing them all (for the logs). */
    protected DomainRefusal(List<? extends Refusal> reasons) {
        super(reasons.stream().map(r -> r.key() + " " + r.arguments()).toList().toString());
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs a reason");
        }
        this.key = reasons.getFirst().key();
        this.arguments = reasons.getFirst().arguments();
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
