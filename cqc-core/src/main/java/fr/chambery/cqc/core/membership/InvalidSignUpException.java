package fr.chambery.cqc.core.membership;

import java.util.Map;

/** A sign-up, or a link, that cannot be accepted: what is wrong, by form field ({@code null}: the whole form), in French. */
public class InvalidSignUpException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidSignUpException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public InvalidSignUpException(String message) {
        this(Map.of("", message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
