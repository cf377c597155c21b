package fr.chambery.cqc.core.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * A meeting as a form or a program states it: a day and its start and end times in Europe/Paris, place,
 * texts.
 */
public record MeetingDraft(MeetingType type, String title, LocalDate day, LocalTime start, LocalTime end,
                           String address, String onlineUrl, String description, String agenda, String minutes) {

    public MeetingDraft {
        if (type == null) {
            throw new InvalidMeetingException("refusal.meeting.type.missing");
        }
        if (day == null || start == null || end == null) {
            throw new InvalidMeetingException("refusal.meeting.time.missing");
        }
    }

    ZonedDateTime starts() {
        return day.atTime(start).atZone(Meeting.PARIS);
    }

    ZonedDateTime ends() {
        return day.atTime(end).atZone(Meeting.PARIS);
    }

    Meeting toMeeting(long spaceId) {
        Meeting meeting = new Meeting(spaceId, type, title, starts(), ends(), address, onlineUrl);
        meeting.describe(description, agenda);
        meeting.recordMinutes(minutes);
        return meeting;
    }

    void applyTo(Meeting meeting) {
        meeting.classify(type);
        meeting.reschedule(title, starts(), ends(), address, onlineUrl);
        meeting.describe(description, agenda);
        meeting.recordMinutes(minutes);
    }
}
