package fr.chambery.cqc.core.association;

/** How an association's quartier was found, in the order they are tried. */
public enum QuartierSource {
    /** A moderator chose it; every later sync keeps it. */
    MODERATEUR,
    /** The directory gives it. */
    ANNUAIRE,
    /** The directory gives one, the street table another: shown in the directory's, and waits in the review list. */
    A_VERIFIER,
    /** Its street is in the street-to-quartier table. */
    RUE,
    /** None of the above: waits in the review list. */
    A_REVOIR
}
