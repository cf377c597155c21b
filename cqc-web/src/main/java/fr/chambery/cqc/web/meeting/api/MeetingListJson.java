package fr.chambery.cqc.web.meeting.api;

import java.util.List;

/** One page of meetings and how many match in all. */
public record MeetingListJson(long total, int page, int size, int pages, List<MeetingJson> meetings) {
}
