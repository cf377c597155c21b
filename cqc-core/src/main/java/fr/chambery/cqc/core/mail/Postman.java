package fr.chambery.cqc.core.mail;

/**
 * Sends e-mail; the web module provides it over SMTP (Jakarta Mail). Throws {@link MailNotSentException}
 * when the message could not be handed over, so that the caller's transaction rolls back.
 */
public interface Postman {

    void send(Mail mail);
}
