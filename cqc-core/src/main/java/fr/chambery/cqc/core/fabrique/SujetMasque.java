package fr.chambery.cqc.core.fabrique;

/**
 * A moderator hid a subject, with a public reason: fired by {@link Moderation}, in its transaction; its
 * author is told by e-mail, with the reason, once that transaction has succeeded ({@link AuthorNotices}).
 */
public record SujetMasque(long subjectId, String reason) {
}
