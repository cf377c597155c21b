package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.access.Actor;

import java.time.Instant;

/**
 * A meeting's start or end moved, fired inside the transaction of the edit: what hangs on its time (the
 * fabrique's priorisation closes at its plénière's end) follows it there, or the whole edit rolls back.
 */
public record MeetingRescheduled(Actor by, long meetingId, String title, Instant startsAt, Instant endsAt) {
}
