package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.refusal.DomainRefusal;

/**
 * What the programme de travail refuses: retaining a subject that is not open, an abandon without its
 * reason, a progress outside 0–100, an empty update or answer, a link that is not http(s), a change made
 * on a version someone else has changed since ({@code refusal.projet.*}).
 */
public class ProjetRefusal extends DomainRefusal {

    public ProjetRefusal(String key, Object... arguments) {
        super(key, arguments);
    }
}
