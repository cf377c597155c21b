package fr.chambery.cqc.web.meeting.api;

import java.net.URI;
import java.time.OffsetDateTime;

/** A meeting: times with their Paris offset, place, rich texts (sanitized HTML), its space and page. */
public record MeetingJson(long id, String type, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                          String timeZone, String address, String onlineUrl, boolean cancelled, String description,
                          String agenda, String minutes, String space, URI page, URI calendar) {
}
