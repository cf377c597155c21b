package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.core.refusal.Refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sign-up, or a link, that cannot be accepted: what is wrong, by form field (the empty field: the whole
 * form), each a message key and its arguments.
 */
public class InvalidSignUpException extends DomainRefusal {

    private final Map<String, Refusal> problems;
    private final List<SignUpProblem> reasons;

    /** The problems of a sign-up form, each tied to its field. */
    public InvalidSignUpException(List<SignUpProblem> reasons) {
        super(reasons);
        this.problems = reasons.stream().collect(Collectors.toMap(SignUpProblem::field, r -> (Refusal) r, (a, b) -> a, LinkedHashMap::new));
        this.reasons = List.copyOf(reasons);
    }

    /** A refusal of the whole form or of a link ({@code refusal.membership.*}). */
    public InvalidSignUpException(String key, Object... arguments) {
        super(key, arguments);
        this.problems = Map.of("", Refusal.of(key, arguments));
        this.reasons = List.of();
    }

    /** What is wrong, by field; the empty field for the whole form. */
    public Map<String, Refusal> problems() {
        return problems;
    }

    /** The sign-up form's problems; empty for the other refusals. */
    public List<SignUpProblem> reasons() {
        return reasons;
    }
}
