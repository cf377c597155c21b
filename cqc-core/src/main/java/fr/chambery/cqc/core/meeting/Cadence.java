package fr.chambery.cqc.core.meeting;

import java.time.Instant;
import java.time.Year;
import java.util.Collection;

/**
 * The charter's minimum cadence of a council for one year: at least one plénière and three
 * coordinations internes, held or planned (cancelled meetings do not count).
 *
 * @param plenieresHeld        plénières of the year already held
 * @param plenieresPlanned     plénières of the year still to come
 * @param coordinationsHeld    coordinations internes already held
 * @param coordinationsPlanned coordinations internes still to come
 */
public record Cadence(Year year, int plenieresHeld, int plenieresPlanned, int coordinationsHeld, int coordinationsPlanned) {

    public static final int MIN_PLENIERES = 1;
    public static final int MIN_COORDINATIONS = 3;

    public static Cadence of(Year year, Collection<Meeting> meetings, Instant now) {
        int[] counts = new int[4];
        for (Meeting m : meetings) {
            if (m.isCancelled() || Year.from(m.starts()).getValue() != year.getValue()) {
                continue;
            }
            int offset = m.isPast(now) ? 0 : 1;
            if (m.type() == MeetingType.PLENIERE) {
                counts[offset]++;
            } else if (m.type() == MeetingType.COORDINATION_INTERNE) {
                counts[2 + offset]++;
            }
        }
        return new Cadence(year, counts[0], counts[1], counts[2], counts[3]);
    }

    public boolean plenieresMet() {
        return plenieresHeld + plenieresPlanned >= MIN_PLENIERES;
    }

    public boolean coordinationsMet() {
        return coordinationsHeld + coordinationsPlanned >= MIN_COORDINATIONS;
    }

    public boolean isMet() {
        return plenieresMet() && coordinationsMet();
    }
}
