package fr.chambery.cqc.core.association;

/** Where an association stands; none is ever deleted. */
public enum AssociationStatus {
    /** In the directory's last complete runs: shown on its quartier's page. */
    LISTEE,
    /** Missing from two complete runs in a row: hidden, kept. */
    NON_LISTEE,
    /** Dissolved according to the RNA: hidden, kept. */
    DISSOUTE
}
