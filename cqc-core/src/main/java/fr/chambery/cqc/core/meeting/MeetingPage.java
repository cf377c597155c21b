package fr.chambery.cqc.core.meeting;

import java.util.List;

/** One page of a meeting list, and how many meetings the filter finds in all. */
public record MeetingPage(List<Meeting> meetings, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
