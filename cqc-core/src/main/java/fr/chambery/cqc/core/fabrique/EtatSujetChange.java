package fr.chambery.cqc.core.fabrique;

/**
 * A subject's state changed (retenu, non retenu, fusionné, retiré…): fired by the service that changes it,
 * in its transaction; its author is told by e-mail once that transaction has succeeded ({@link AuthorNotices}).
 */
public record EtatSujetChange(long subjectId, EtatSujet from, EtatSujet to) {
}
