package fr.chambery.cqc.core.association;

/** A run that does not (or no longer) wait for an administrator's decision: nothing to confirm or discard. */
public class RunNotHeldException extends RuntimeException {

    public RunNotHeldException(long runId) {
        super("La synchronisation n° " + runId + " n'attend pas de confirmation (déjà confirmée, écartée, ou remplacée par une plus récente).");
    }
}
