package fr.chambery.cqc.core.mail;

/** The mail server refused or could not be reached; the message says so in French. */
public class MailNotSentException extends RuntimeException {

    public MailNotSentException(Throwable cause) {
        super("L'e-mail n'a pas pu être envoyé pour le moment : rien n'a été enregistré, réessayez dans quelques minutes.", cause);
    }
}
