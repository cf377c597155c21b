package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.refusal.DomainRefusal;

/** A run that does not (or no longer) wait for an administrator's decision: nothing to confirm or discard. */
public class RunNotHeldException extends DomainRefusal {

    public RunNotHeldException(long runId) {
        super("refusal.sync.notHeld", String.valueOf(runId));
    }
}
