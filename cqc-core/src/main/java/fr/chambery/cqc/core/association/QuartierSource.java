package fr.chambery.cqc.core.association;

/** How an association's quartier was found, in the order they are tried. */
public enum QuartierSource {
    /** A moderator chose it; every later sync keeps it. */
    MODERATEUR,
    /** The directory gives it. */
    ANNUAIRE,
    /** Its street is in the street-to-quartier table. */
    RUE,
    /** None of the above: waits in the review list. */
    A_REVOIR
}
