package fr.chambery.cqc.core.fabrique;

/** The round is closed (or not open yet): supports and in-room counts are refused; the API answers 409. */
public class PriorisationClosed extends PriorisationRefusal {

    public PriorisationClosed(String key) {
        super(key);
    }

    public static PriorisationClosed closed() {
        return new PriorisationClosed("refusal.priorisation.closed");
    }

    public static PriorisationClosed notYetOpen() {
        return new PriorisationClosed("refusal.priorisation.notYetOpen");
    }
}
