package fr.chambery.cqc.core.membership;

/** How a person belongs to the quartier, as the charter allows: they live in Chambéry, or they use the quartier regularly. */
public enum LienAuQuartier {
    HABITANT,
    USAGER
}
