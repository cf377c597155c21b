package fr.chambery.cqc.core.mail;

/** A plain-text e-mail to one person. */
public record Mail(String to, String subject, String text) {
}
