package fr.chambery.cqc.core.account;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An owner's change of password or second factor refused, with the reasons in French, field by field. */
public class CredentialsRefused extends RuntimeException {

    /** The fields of the owner's forms a reason belongs to. */
    public enum Field { CURRENT_PASSWORD, NEW_PASSWORD, CODE }

    private final Map<Field, List<String>> problems;

    public CredentialsRefused(Map<Field, List<String>> problems) {
        super(problems.toString());
        this.problems = new EnumMap<>(problems);
    }

    public Map<Field, List<String>> problems() {
        return Map.copyOf(problems);
    }
}
