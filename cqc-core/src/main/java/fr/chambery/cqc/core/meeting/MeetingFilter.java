package fr.chambery.cqc.core.meeting;

import java.util.Optional;

/** Filters of a space's meeting list: a type, one sub-space (council), upcoming or past. */
public record MeetingFilter(Optional<MeetingType> type, Optional<String> council, When when) {

    public enum When { UPCOMING, PAST, ALL }

    public static MeetingFilter upcoming() {
        return new MeetingFilter(Optional.empty(), Optional.empty(), When.UPCOMING);
    }
}
