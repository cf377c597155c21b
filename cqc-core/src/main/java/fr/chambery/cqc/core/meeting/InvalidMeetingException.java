package fr.chambery.cqc.core.meeting;

/** A meeting that cannot be as asked; the message is French, for the person who asked. */
public class InvalidMeetingException extends IllegalArgumentException {

    public InvalidMeetingException(String message) {
        super(message);
    }
}
