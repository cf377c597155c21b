package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.refusal.DomainRefusal;

/**
 * What a priorisation refuses: a support past the member's limit, twice on a subject, on a subject that is
 * hidden or no longer open, a round that would not fit its plénière... ({@code refusal.priorisation.*}).
 */
public class PriorisationRefusal extends DomainRefusal {

    public PriorisationRefusal(String key, Object... arguments) {
        super(key, arguments);
    }
}
