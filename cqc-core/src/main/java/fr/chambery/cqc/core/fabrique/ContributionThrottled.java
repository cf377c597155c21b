package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.refusal.DomainRefusal;

/** A member published too much, too fast ({@link ContributionThrottle}): nothing was stored; the web answers 429. */
public class ContributionThrottled extends DomainRefusal {

    ContributionThrottled(String key, Object... arguments) {
        super(key, arguments);
    }

    static ContributionThrottled proposals(int allowed) {
        return new ContributionThrottled("refusal.fabrique.throttled.proposals", allowed);
    }

    static ContributionThrottled comments(int allowed) {
        return new ContributionThrottled("refusal.fabrique.throttled.comments", allowed);
    }
}
