package fr.chambery.cqc.core.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A sign-up, or a link, that cannot be accepted: what is wrong, by form field ({@code null}: the whole form), in French. */
public class InvalidSignUpException extends RuntimeException {

    private final Map<String, String> problems;
    private final List<SignUpProblem> reasons;

    public InvalidSignUpException(Map<String, String> problems) {
        this(problems, List.of());
    }

    /** The problems of a sign-up form, each also said in French by field. */
    public InvalidSignUpException(List<SignUpProblem> reasons) {
        this(reasons.stream().collect(Collectors.toMap(SignUpProblem::field, SignUpProblem::french, (a, b) -> a, LinkedHashMap::new)), reasons);
    }

    private InvalidSignUpException(Map<String, String> problems, List<SignUpProblem> reasons) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
        this.reasons = List.copyOf(reasons);
    }

    public InvalidSignUpException(String message) {
        this(Map.of("", message));
    }

    public Map<String, String> problems() {
        return problems;
    }

    /** The sign-up form's problems, for saying them in another language; empty for the other refusals. */
    public List<SignUpProblem> reasons() {
        return reasons;
    }
}
