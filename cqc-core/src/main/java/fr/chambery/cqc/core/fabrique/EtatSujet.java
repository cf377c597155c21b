package fr.chambery.cqc.core.fabrique;

/**
 * Where a subject stands: proposé by a member, then retenu into the programme de travail, non retenu,
 * fusionné into another subject, or retiré by its author.
 */
public enum EtatSujet {
    PROPOSE,
    RETENU,
    NON_RETENU,
    FUSIONNE,
    RETIRE;

    /** Whether it may still change (be supported, retained, merged, withdrawn). */
    public boolean isOpen() {
        return this == PROPOSE;
    }
}
