package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.core.refusal.Refusal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An owner's change of password or second factor refused, with the reasons field by field. */
public class CredentialsRefused extends DomainRefusal {

    /** The fields of the owner's forms a reason belongs to. */
    public enum Field { CURRENT_PASSWORD, NEW_PASSWORD, CODE }

    private final Map<Field, List<Refusal>> problems;

    public CredentialsRefused(Map<Field, List<Refusal>> problems) {
        super(problems.values().stream().flatMap(List::stream).toList());
        this.problems = new EnumMap<>(problems);
    }

    public Map<Field, List<Refusal>> problems() {
        return Map.copyOf(problems);
    }
}
