package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.refusal.FrenchWording;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTest {

    private static ZonedDateTime paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Meeting.PARIS);
    }

    private static Meeting meeting(MeetingType type, String starts, String ends) {
        return new Meeting(1, type, "Rencontre", paris(starts), paris(ends), "Maison de quartier", null);
    }

    @Test
    void keepsTheInstantAndShowsParisTimeAcrossTheSpringChange() {
        // Last Sunday of March 2026: 02:00 becomes 03:00 in Paris.
        Meeting m = meeting(MeetingType.FORMATION, "2026-03-29T01:30", "2026-03-29T04:00");
        assertThat(m.startsAt()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
        assertThat(m.endsAt()).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
        assertThat(m.ends().toLocalTime()).hasToString("04:00");
        assertThat(java.time.Duration.between(m.startsAt(), m.endsAt())).hasMinutes(90);
    }

    @Test
    void keepsBothHalfPastTwoOfTheAutumnChangeApart() {
        // Last Sunday of October 2026: 03:00 becomes 02:00 again; 02:30 happens twice.
        ZonedDateTime first = paris("2026-10-25T02:30").withEarlierOffsetAtOverlap();
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        Meeting early = new Meeting(1, MeetingType.FORMATION, "Avant", first, first.plusMinutes(20), "Salle", null);
        Meeting late = new Meeting(1, MeetingType.FORMATION, "Après", second, second.plusMinutes(20), "Salle", null);

        assertThat(early.startsAt()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(late.startsAt()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(early.starts().toLocalTime()).isEqualTo(late.starts().toLocalTime());
        assertThat(early.starts().getOffset()).isNotEqualTo(late.starts().getOffset());
    }

    @Test
    void refusesAnEndBeforeTheStartNoPlaceAndABadLinkInFrench() {
        assertThatThrownBy(() -> meeting(MeetingType.PLENIERE, "2026-06-01T19:00", "2026-06-01T18:00"))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(FrenchWording.of(e)).isEqualTo("La fin de la rencontre doit venir après son début."));
        assertThatThrownBy(() -> new Meeting(1, MeetingType.PLENIERE, "Plénière", paris("2026-06-01T18:00"), paris("2026-06-01T20:00"), " ", null))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(FrenchWording.of(e)).isEqualTo("Indiquez l'adresse de la rencontre, son lien en ligne, ou les deux."));
        assertThatThrownBy(() -> new Meeting(1, MeetingType.PLENIERE, "Plénière", paris("2026-06-01T18:00"), paris("2026-06-01T20:00"), null, "javascript:alert(1)"))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(FrenchWording.of(e)).isEqualTo("Le lien de la rencontre en ligne doit être une adresse http(s)."));
        assertThat(new Meeting(1, MeetingType.PLENIERE, "Plénière", paris("2026-06-01T18:00"), paris("2026-06-01T20:00"), null, "https://visio.example.org/cqc").onlineUrl())
                .contains("https://visio.example.org/cqc");
    }

    @Test
    void typesAndPeriodsAreReadByTheirExactNames() {
        assertThat(MeetingType.named("PLENIERE")).contains(MeetingType.PLENIERE);
        assertThat(MeetingType.named("pleniere")).isEmpty();
        assertThat(MeetingType.named(null)).isEmpty();
        assertThat(MeetingFilter.When.named("past")).contains(MeetingFilter.When.PAST);
        assertThat(MeetingFilter.When.named("PAST")).isEmpty();
        assertThat(MeetingFilter.When.named(null)).isEmpty();
    }

    @Test
    void cadenceCountsPlenieresAndCoordinationsHeldAndPlannedButNotCancelledOnes() {
        Instant now = Instant.parse("2026-06-15T10:00:00Z");
        Meeting pleniere = meeting(MeetingType.PLENIERE, "2026-03-10T18:30", "2026-03-10T20:30");
        Meeting coordination1 = meeting(MeetingType.COORDINATION_INTERNE, "2026-02-01T18:00", "2026-02-01T19:00");
        Meeting coordination2 = meeting(MeetingType.COORDINATION_INTERNE, "2026-09-01T18:00", "2026-09-01T19:00");
        Meeting cancelled = meeting(MeetingType.COORDINATION_INTERNE, "2026-11-01T18:00", "2026-11-01T19:00");
        cancelled.cancel();
        Meeting lastYear = meeting(MeetingType.COORDINATION_INTERNE, "2025-11-01T18:00", "2025-11-01T19:00");

        Cadence cadence = Cadence.of(Year.of(2026), List.of(pleniere, coordination1, coordination2, cancelled, lastYear), now);

        assertThat(cadence).isEqualTo(new Cadence(Year.of(2026), 1, 0, 1, 1));
        assertThat(cadence.plenieresMet()).isTrue();
        assertThat(cadence.coordinationsMet()).isFalse();
        assertThat(cadence.isMet()).isFalse();

        Meeting third = meeting(MeetingType.COORDINATION_INTERNE, "2026-12-01T18:00", "2026-12-01T19:00");
        assertThat(Cadence.of(Year.of(2026), List.of(pleniere, coordination1, coordination2, third), now).isMet()).isTrue();
    }
}
