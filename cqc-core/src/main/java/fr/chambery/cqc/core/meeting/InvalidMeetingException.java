package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.refusal.DomainRefusal;

/** A meeting that cannot be as asked: a {@code refusal.meeting.*} key and its arguments. */
public class InvalidMeetingException extends DomainRefusal {

    public InvalidMeetingException(String key, Object... arguments) {
        super(key, arguments);
    }
}
