package fr.chambery.cqc.core.mail;

import fr.chambery.cqc.core.refusal.Refusal;

import java.util.List;

/** The mail server refused or could not be reached: nothing was recorded, try again later. */
public class MailNotSentException extends RuntimeException implements Refusal {

    public MailNotSentException(Throwable cause) {
        super("The e-mail could not be sent", cause);
    }

    @Override
    public String key() {
        return "refusal.mail.notSent";
    }

    @Override
    public List<Object> arguments() {
        return List.of();
    }
}
