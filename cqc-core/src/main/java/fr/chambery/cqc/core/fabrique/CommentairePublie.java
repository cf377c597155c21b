package fr.chambery.cqc.core.fabrique;

/**
 * A comment was published on a subject: fired by the debate's service, in its transaction, so that the
 * subject's author hears of it in her daily digest ({@link AuthorNotices}). Fire it only for a comment of
 * someone else than the subject's author.
 */
public record CommentairePublie(long subjectId, long commentId) {
}
