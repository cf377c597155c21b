package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.RecordedEvents;
import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingAdministrationOutsideTheServer;
import fr.chambery.cqc.core.meeting.MeetingDraft;
import fr.chambery.cqc.core.meeting.MeetingRescheduled;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.membership.PersonalData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The priorisation's rules on both databases: the limit, the subjects one may support, the close, the results. */
class PriorisationIT {

    private static final String BOTH = "fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres";

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void aMemberGivesAtMostHerSupportsOncePerSubjectAndMayWithdrawThemUntilTheClose(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            List<Long> subjects = List.of(f.subject(bissy, "Bancs"), f.subject(bissy, "Composteur"), f.subject(bissy, "Fresque"),
                    f.subject(bissy, "Jardin"));
            long round = open(f, bissy, 3, false);
            Actor camille = f.member(bissy, "camille@example.org", true);
            for (int i = 0; i < 3; i++) {
                long subject = subjects.get(i);
                MemberSupports.Ballot ballot = f.tx(em -> f.supports(em).support(camille, round, subject));
                assertThat(ballot.remaining()).isEqualTo(2 - i);
            }
            assertThatThrownBy(() -> f.tx(em -> f.supports(em).support(camille, round, subjects.get(3))))
                    .isInstanceOf(PriorisationRefusal.class).hasFieldOrPropertyWithValue("key", "refusal.priorisation.limit");
            assertThatThrownBy(() -> f.tx(em -> f.supports(em).support(camille, round, subjects.get(0))))
                    .hasFieldOrPropertyWithValue("key", "refusal.priorisation.alreadySupported");

            MemberSupports.Ballot after = f.tx(em -> f.supports(em).withdraw(camille, round, subjects.get(0)));
            assertThat(after.remaining()).isEqualTo(1);
            f.tx(em -> f.supports(em).support(camille, round, subjects.get(3)));
            Set<Long> kept = f.tx(em -> f.priorisations(em).supportedBy(round, f.membershipId(bissy, "camille@example.org")));
            assertThat(kept)
                    .containsExactlyInAnyOrder(subjects.get(1), subjects.get(2), subjects.get(3));

            f.now = f.now.plus(Duration.ofDays(30));
            assertThatThrownBy(() -> f.tx(em -> f.supports(em).withdraw(camille, round, subjects.get(1))))
                    .isInstanceOf(PriorisationClosed.class).hasFieldOrPropertyWithValue("key", "refusal.priorisation.closed");
            assertThat(f.count("SELECT COUNT(s) FROM Soutien s")).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void supportsGoOnlyToOpenVisibleSubjectsOfHerCouncilAndOnlyFromItsConfirmedMembers(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            long biollay = f.council("biollay");
            long hidden = f.subject(bissy, "Caché");
            long elsewhere = f.subject(biollay, "Au Biollay");
            long open = f.subject(bissy, "Bancs");
            f.hide(hidden);
            long round = open(f, bissy, 3, false);
            Actor camille = f.member(bissy, "camille@example.org", true);
            Actor pending = f.member(bissy, "pending@example.org", false);
            Actor ofBiollay = f.member(biollay, "sam@example.org", true);

            assertThatThrownBy(() -> f.tx(em -> f.supports(em).support(camille, round, hidden)))
                    .hasFieldOrPropertyWithValue("key", "refusal.priorisation.subjectNotOpen");
            assertThatThrownBy(() -> f.tx(em -> f.supports(em).support(camille, round, elsewhere)))
                    .hasFieldOrPropertyWithValue("key", "refusal.priorisation.subjectNotOpen");
            assertThatThrownBy(() -> f.tx(em -> f.supports(em).support(pending, round, open)))
                    .hasFieldOrPropertyWithValue("key", "refusal.priorisation.notMember");
            assertThatThrownBy(() -> f.tx(em -> f.supports(em).support(ofBiollay, round, open)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.tx(em -> f.supports(em).support(Actor.ANONYMOUS, round, open)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(f.count("SELECT COUNT(s) FROM Soutien s")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void afterTheCloseSupportsAndInRoomCountsAreRefusedAndTheResultsRankOnlineAndInRoomSideBySide(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            long bancs = f.subject(bissy, "Bancs");
            long jardin = f.subject(bissy, "Jardin");
            long fresque = f.subject(bissy, "Fresque");
            long round = open(f, bissy, 2, false);
            for (String who : List.of("a", "b", "c")) {
                Actor member = f.member(bissy, who + "@example.org", true);
                f.tx(em -> f.supports(em).support(member, round, bancs));
            }
            Actor d = f.member(bissy, "d@example.org", true);
            f.tx(em -> f.supports(em).support(d, round, fresque));
            boolean shown = f.tx(em -> f.priorisations(em).byId(round).orElseThrow().countsArePublic(f.now));
            assertThat(shown)
                    .as("hidden until the close").isFalse();

            f.now = f.now.plus(Duration.ofDays(14)).plus(Duration.ofMinutes(30)); // during the plénière
            f.tx(em -> f.rounds(em).recordInRoom(ProgrammeFixture.MODERATOR, round, jardin, 9));
            f.tx(em -> f.rounds(em).recordInRoom(ProgrammeFixture.MODERATOR, round, jardin, 5)); // corrected
            f.tx(em -> f.rounds(em).recordInRoom(ProgrammeFixture.MODERATOR, round, fresque, 2));
            assertThatThrownBy(() -> f.tx(em -> f.rounds(em).recordInRoom(ProgrammeFixture.MODERATOR, round, fresque, -1)))
                    .hasFieldOrPropertyWithValue("key", "refusal.priorisation.handsRange");

            f.now = f.now.plus(Duration.ofHours(3)); // the plénière is over
            assertThatThrownBy(() -> f.tx(em -> f.supports(em).support(d, round, bancs))).isInstanceOf(PriorisationClosed.class);
            assertThatThrownBy(() -> f.tx(em -> f.rounds(em).recordInRoom(ProgrammeFixture.MODERATOR, round, bancs, 3)))
                    .isInstanceOf(PriorisationClosed.class);

            Priorisation closed = f.tx(em -> f.priorisations(em).byId(round).orElseThrow());
            assertThat(closed.countsArePublic(f.now)).isTrue();
            List<RankedSubject> results = f.tx(em -> f.priorisations(em).results(closed));
            assertThat(results)
                    .extracting(r -> r.subject().title(), RankedSubject::online, RankedSubject::inRoom, RankedSubject::total, RankedSubject::rank)
                    .containsExactly(tuple("Jardin", 0L, 5, 5L, 1), tuple("Bancs", 3L, 0, 3L, 2), tuple("Fresque", 1L, 2, 3L, 2));
            assertThat(f.count("SELECT COUNT(e) FROM ActionLogEntry e WHERE e.action = 'count_in_room'")).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void aRoundIsOpenedOnceForAComingPleniereOfItsCouncilWithCheckedSettings(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            long biollay = f.council("biollay");
            long pleniere = f.pleniere(bissy, f.now.plus(Duration.ofDays(14)));
            long past = f.pleniere(bissy, f.now.minus(Duration.ofDays(14)));
            long ofBiollay = f.pleniere(biollay, f.now.plus(Duration.ofDays(14)));

            assertThatThrownBy(() -> f.tx(em -> f.rounds(em).open(ProgrammeFixture.MODERATOR, "bissy", ofBiollay, f.now, 3, false)))
                    .hasFieldOrPropertyWithValue("key", "refusal.priorisation.notAPleniere");
            assertThatThrownBy(() -> f.tx(em -> f.rounds(em).open(ProgrammeFixture.MODERATOR, "bissy", past, f.now, 3, false)))
                    .hasFieldOrPropertyWithValue("key", "refusal.priorisation.pleniereOver");
            assertThatThrownBy(() -> f.tx(em -> f.rounds(em).open(ProgrammeFixture.MODERATOR, "bissy", pleniere, f.now, 0, false)))
                    .hasFieldOrPropertyWithValue("key", "refusal.priorisation.supportsRange");
            assertThatThrownBy(() -> f.tx(em -> f.rounds(em).open(Actor.member("x@example.org", Set.of(bissy)), "bissy", pleniere, f.now, 3, false)))
                    .isInstanceOf(AccessDeniedException.class);

            Priorisation round = f.tx(em -> f.rounds(em).open(ProgrammeFixture.MODERATOR, "bissy", pleniere, f.now, 3, false));
            assertThat(round.closesAt()).isEqualTo(f.now.plus(Duration.ofDays(14)).plus(Duration.ofHours(2)));
            assertThatThrownBy(() -> f.tx(em -> f.rounds(em).open(ProgrammeFixture.MODERATOR, "bissy", pleniere, f.now, 3, false)))
                    .hasFieldOrPropertyWithValue("key", "refusal.priorisation.alreadyOpened");

            Priorisation live = f.tx(em -> f.rounds(em).settle(ProgrammeFixture.MODERATOR, round.id(), round.version(), 5, true));
            assertThat(live.supportsPerMember()).isEqualTo(5);
            assertThat(live.countsArePublic(f.now)).isTrue();
            assertThatThrownBy(() -> f.tx(em -> f.rounds(em).settle(ProgrammeFixture.MODERATOR, round.id(), round.version(), 4, true)))
                    .as("a stale version").hasFieldOrPropertyWithValue("key", "refusal.fabrique.stale");
            f.tx(em -> f.rounds(em).close(ProgrammeFixture.MODERATOR, round.id(), live.version()));
            boolean closed = f.tx(em -> f.priorisations(em).byId(round.id()).orElseThrow().isClosed(f.now));
            assertThat(closed).isTrue();
            assertThat(f.count("SELECT COUNT(e) FROM ActionLogEntry e WHERE e.resourceType = 'priorisation'")).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void anErasedMembersSupportsStayCountedWithNoOneBehindThem(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            long bancs = f.subject(bissy, "Bancs");
            long round = open(f, bissy, 3, true);
            Actor camille = f.member(bissy, "camille@example.org", true);
            f.tx(em -> f.supports(em).support(camille, round, bancs));
            long membership = f.membershipId(bissy, "camille@example.org");
            List<PersonalData.Contribution> hers = f.tx(em -> f.contributions(em).export(Set.of(membership)));
            assertThat(hers).extracting(PersonalData.Contribution::kind, PersonalData.Contribution::council, PersonalData.Contribution::text)
                    .containsExactly(tuple("soutien", "CQC bissy", "Bancs"));

            f.tx(em -> {
                f.contributions(em).forget(Set.of(membership));
                return null;
            });
            f.tx(em -> em.createNativeQuery("DELETE FROM membership WHERE id = " + membership).executeUpdate());
            Map<Long, Long> counts = f.tx(em -> f.priorisations(em).onlineCounts(round));
            assertThat(counts).containsEntry(bancs, 1L);
        }
    }

    /** A round opened now, tied to a plénière in two weeks. */
    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void thePriorisationPageChangesByTheClockAtTheNextOpeningOrCloseOfTheCouncilsRounds(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            Instant start = f.now;
            Optional<Instant> none = f.tx(em -> f.priorisations(em).nextChange(bissy, start));
            assertThat(none).as("no round").isEmpty();

            long round = open(f, bissy, 3, false);
            Instant closes = f.tx(em -> f.priorisations(em).byId(round).orElseThrow().closesAt());
            Optional<Instant> close = f.tx(em -> f.priorisations(em).nextChange(bissy, start));
            assertThat(close).as("an open round: its close").contains(closes);

            long later = f.pleniere(bissy, start.plus(Duration.ofDays(60)));
            Instant opens = start.plus(Duration.ofDays(40));
            String slug = f.tx(em -> em.find(fr.chambery.cqc.core.assembly.Assembly.class, bissy).slug());
            f.tx(em -> f.rounds(em).open(ProgrammeFixture.MODERATOR, slug, later, opens, 3, false));
            Optional<Instant> opening = f.tx(em -> f.priorisations(em).nextChange(bissy, closes));
            assertThat(opening).as("the next round's opening").contains(opens);
            Optional<Instant> after = f.tx(em -> f.priorisations(em).nextChange(bissy, start.plus(Duration.ofDays(100))));
            assertThat(after).as("all closed").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void aRoundNotClosedYetFollowsItsPleniereRescheduledAndAClosedOneKeepsItsClose(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            long pleniere = f.pleniere(bissy, f.now.plus(Duration.ofDays(14)));
            long round = f.tx(em -> f.rounds(em).open(ProgrammeFixture.MODERATOR, "bissy", pleniere, f.now, 3, false)).id();
            long earlier = f.pleniere(bissy, f.now.plus(Duration.ofDays(7)));
            Priorisation closedEarly = f.tx(em -> f.rounds(em).open(ProgrammeFixture.MODERATOR, "bissy", earlier, f.now, 3, false));
            f.tx(em -> f.rounds(em).close(ProgrammeFixture.MODERATOR, closedEarly.id(), closedEarly.version()));
            Instant weekLater = f.now.plus(Duration.ofDays(21));

            RecordedEvents<MeetingRescheduled> moved = new RecordedEvents<>();
            reschedule(f, pleniere, weekLater, moved);
            reschedule(f, earlier, weekLater, moved);
            assertThat(moved.fired).extracting(MeetingRescheduled::meetingId, MeetingRescheduled::endsAt)
                    .containsExactly(tuple(pleniere, weekLater.plus(Duration.ofHours(2))), tuple(earlier, weekLater.plus(Duration.ofHours(2))));
            moved.fired.forEach(event -> f.tx(em -> {
                f.follower(em).follow(event);
                return null;
            }));

            Priorisation followed = f.tx(em -> f.priorisations(em).byId(round).orElseThrow());
            assertThat(followed.closesAt()).as("the round closes at the plénière's new end").isEqualTo(weekLater.plus(Duration.ofHours(2)));
            assertThat(followed.isOpen(f.now.plus(Duration.ofDays(15)))).as("open after the plénière's old end").isTrue();
            Priorisation kept = f.tx(em -> f.priorisations(em).byId(closedEarly.id()).orElseThrow());
            assertThat(kept.closesAt()).as("a closed round keeps its results").isEqualTo(f.now);
            assertThat(f.count("SELECT COUNT(e) FROM ActionLogEntry e WHERE e.resourceType = 'priorisation' AND e.action = 'update'"))
                    .as("the round's move, in the log").isEqualTo(1);

            reschedule(f, pleniere, f.now.minus(Duration.ofDays(1)), moved);
            f.tx(em -> {
                f.follower(em).follow(moved.fired.getLast());
                return null;
            });
            Priorisation past = f.tx(em -> f.priorisations(em).byId(round).orElseThrow());
            assertThat(past.closesAt()).as("moved into the past: the round closes now").isEqualTo(f.now);
        }
    }

    /** A moderator moves the plénière to {@code starts}, the same two hours, through the meetings' use case. */
    private static void reschedule(ProgrammeFixture f, long meetingId, Instant starts, RecordedEvents<MeetingRescheduled> moved) {
        f.tx(em -> {
            Meeting m = em.find(Meeting.class, meetingId);
            var from = starts.atZone(Meeting.PARIS);
            return MeetingAdministrationOutsideTheServer.over(em, f.clock(), moved).update(ProgrammeFixture.MODERATOR, meetingId, m.version(),
                    new MeetingDraft(MeetingType.PLENIERE, m.title(), from.toLocalDate(), from.toLocalTime(),
                            from.plusHours(2).toLocalTime(), "Salle", null, null, null, null));
        });
    }

    static long open(ProgrammeFixture f, long spaceId, int supports, boolean live) {
        long pleniere = f.pleniere(spaceId, f.now.plus(Duration.ofDays(14)));
        String slug = f.tx(em -> em.find(fr.chambery.cqc.core.assembly.Assembly.class, spaceId).slug());
        return f.tx(em -> f.rounds(em).open(ProgrammeFixture.MODERATOR, slug, pleniere, f.now, supports, live)).id();
    }
}
