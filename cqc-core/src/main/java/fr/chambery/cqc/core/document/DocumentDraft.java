package fr.chambery.cqc.core.document;

/** What a moderator writes about a document; collection and meeting may be null. */
public record DocumentDraft(String title, String description, Long collectionId, Long meetingId) {
}
