package fr.chambery.cqc.core.assembly;

/** Who created an assembly, as Decidim asks it. */
public enum CreatedBy {
    CITY_COUNCIL, PUBLIC, OTHERS
}
