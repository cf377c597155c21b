package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.refusal.DomainRefusal;

import java.util.List;

/**
 * A form of the fabrique refused with every problem found, each tied to its field; nothing was stored.
 * Its own key and arguments are those of the first problem, for callers that show one sentence.
 */
public class SaisieRefusee extends DomainRefusal {

    private final transient List<Probleme> problems;

    SaisieRefusee(List<Probleme> problems) {
        super(problems.getFirst().key(), problems.getFirst().arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Probleme> problems() {
        return problems;
    }
}
