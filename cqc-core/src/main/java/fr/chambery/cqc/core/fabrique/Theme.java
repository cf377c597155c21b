package fr.chambery.cqc.core.fabrique;

/** What a subject is about, in the charter's words; the bundles name them ({@code fabrique.theme.*}). */
public enum Theme {
    CADRE_DE_VIE,
    SERVICES_DE_PROXIMITE,
    VIE_SOCIALE,
    AMENAGEMENT_DU_QUARTIER,
    AUTRE
}
