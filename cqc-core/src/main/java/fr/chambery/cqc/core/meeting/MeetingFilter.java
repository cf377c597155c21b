package fr.chambery.cqc.core.meeting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Filters of a space's meeting list: a type, one sub-space (council), upcoming or past. */
public record MeetingFilter(Optional<MeetingType> type, Optional<String> council, When when) {

    public enum When {
        UPCOMING, PAST, ALL;

        /** {@code upcoming}, {@code past} or {@code all}, as in addresses. */
        public static Optional<When> named(String name) {
            return Arrays.stream(values()).filter(w -> w.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
        }
    }

    public static MeetingFilter upcoming() {
        return new MeetingFilter(Optional.empty(), Optional.empty(), When.UPCOMING);
    }
}
