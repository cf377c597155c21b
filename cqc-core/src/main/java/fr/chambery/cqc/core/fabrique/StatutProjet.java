package fr.chambery.cqc.core.fabrique;

/** Where a projet of the programme stands; the bundles name them ({@code fabrique.projet.status.*}). */
public enum StatutProjet {
    A_L_ETUDE,
    EN_COURS,
    REALISE,
    ABANDONNE
}
