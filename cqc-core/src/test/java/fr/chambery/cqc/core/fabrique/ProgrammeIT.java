package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assembly;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The programme de travail on both databases: retaining, following a projet, refusals, the bilan. */
class ProgrammeIT {

    private static final String BOTH = "fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres";
    private static final Actor MODERATOR = ProgrammeFixture.MODERATOR;

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void aRetainedSubjectBecomesAProjetCarriedByAWorkingGroupOfItsCouncilOnce(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            long biollay = f.council("biollay");
            long jardin = f.subject(bissy, "Jardin partagé");
            long hidden = f.subject(bissy, "Caché");
            f.hide(hidden);
            long group = f.workingGroup(bissy);
            long otherGroup = f.workingGroup(biollay);
            long pleniere = f.pleniere(bissy, f.now.minus(Duration.ofDays(400)));

            assertThatThrownBy(() -> f.tx(em -> f.programmeAdministration(em).retain(MODERATOR, jardin, pleniere, otherGroup, true)))
                    .hasFieldOrPropertyWithValue("key", "refusal.projet.workingGroup");
            assertThatThrownBy(() -> f.tx(em -> f.programmeAdministration(em).retain(MODERATOR, hidden, pleniere, null, true)))
                    .hasFieldOrPropertyWithValue("key", "refusal.projet.notRetainable");
            assertThatThrownBy(() -> f.tx(em -> f.programmeAdministration(em).retain(Actor.member("m@example.org", Set.of(bissy)), jardin, null, null, false)))
                    .isInstanceOf(AccessDeniedException.class);

            Projet projet = f.tx(em -> f.programmeAdministration(em).retain(MODERATOR, jardin, pleniere, group, true));
            assertThat(projet.year()).isEqualTo(2025);
            assertThat(projet.workingGroupId()).contains(group);
            assertThat(projet.status()).isEqualTo(StatutProjet.A_L_ETUDE);
            EtatSujet state = f.tx(em -> em.find(Sujet.class, jardin).state());
            assertThat(state).isEqualTo(EtatSujet.RETENU);
            assertThat(f.announced).as("its author is told").containsExactly(new EtatSujetChange(jardin, EtatSujet.PROPOSE, EtatSujet.RETENU));
            assertThatThrownBy(() -> f.tx(em -> f.programmeAdministration(em).retain(MODERATOR, jardin, null, null, false)))
                    .as("retained already").hasFieldOrPropertyWithValue("key", "refusal.projet.notRetainable");
            assertThat(f.count("SELECT COUNT(p) FROM Projet p")).isEqualTo(1);
            assertThat(f.count("SELECT COUNT(e) FROM ActionLogEntry e WHERE e.action = 'retain' AND e.resourceType = 'projet'")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void aProjetIsFollowedWithStatusProgressUpdatesTheCitysAnswerAndLinkedMeetingsEachInTheLog(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            long jardin = f.subject(bissy, "Jardin partagé");
            long meeting = f.pleniere(bissy, f.now.minus(Duration.ofDays(3)));
            Projet p0 = f.tx(em -> f.programmeAdministration(em).retain(MODERATOR, jardin, null, null, true));
            long id = p0.id();

            Projet p1 = f.tx(em -> f.programmeAdministration(em).changeStatus(MODERATOR, id, p0.version(), StatutProjet.EN_COURS, null));
            assertThatThrownBy(() -> f.tx(em -> f.programmeAdministration(em).progress(MODERATOR, id, p0.version(), 40)))
                    .as("a stale version").hasFieldOrPropertyWithValue("key", "refusal.fabrique.stale");
            for (int bad : List.of(-1, 101)) {
                assertThatThrownBy(() -> f.tx(em -> f.programmeAdministration(em).progress(MODERATOR, id, p1.version(), bad)))
                        .hasFieldOrPropertyWithValue("key", "refusal.projet.progressRange");
            }
            Projet p2 = f.tx(em -> f.programmeAdministration(em).progress(MODERATOR, id, p1.version(), 40));
            assertThatThrownBy(() -> f.tx(em -> f.programmeAdministration(em).changeStatus(MODERATOR, id, p2.version(), StatutProjet.ABANDONNE, "  ")))
                    .hasFieldOrPropertyWithValue("key", "refusal.projet.abandonReason");
            for (String link : List.of("javascript:alert(1)", "ftp://example.org/x", "pas une adresse")) {
                assertThatThrownBy(() -> f.tx(em -> f.programmeAdministration(em).addUpdate(MODERATOR, id, "Devis reçu", link)))
                        .hasFieldOrPropertyWithValue("key", "refusal.projet.link");
            }
            assertThatThrownBy(() -> f.tx(em -> f.programmeAdministration(em).addUpdate(MODERATOR, id, " ", null)))
                    .hasFieldOrPropertyWithValue("key", "refusal.projet.updateEmpty");
            f.tx(em -> f.programmeAdministration(em).addUpdate(MODERATOR, id, "Devis reçu <b>signé</b>", "https://example.org/devis.pdf"));
            Projet p3 = f.tx(em -> f.programmeAdministration(em).answer(MODERATOR, id, p2.version(), "La Ville finance les bacs."));
            Projet p4 = f.tx(em -> f.programmeAdministration(em).linkMeeting(MODERATOR, id, p3.version(), meeting));
            Projet done = f.tx(em -> f.programmeAdministration(em).changeStatus(MODERATOR, id, p4.version(), StatutProjet.REALISE, null));

            assertThat(done.progress()).as("realised is 100 %").isEqualTo(100);
            assertThat(done.realisedAt()).contains(f.now);
            assertThat(done.cityAnswer()).contains("La Ville finance les bacs.");
            assertThat(done.cityAnsweredAt()).contains(f.now);
            assertThat(done.meetingIds()).containsExactly(meeting);
            List<ProjetUpdate> updates = f.tx(em -> f.programme(em).updates(id));
            assertThat(updates).singleElement()
                    .satisfies(u -> {
                        assertThat(u.body()).isEqualTo("Devis reçu <b>signé</b>");
                        assertThat(u.documentUrl()).contains("https://example.org/devis.pdf");
                    });
            assertThat(f.count("SELECT COUNT(e) FROM ActionLogEntry e WHERE e.resourceType = 'projet'")).isEqualTo(7);
            assertThat(f.count("SELECT COUNT(e) FROM ActionLogEntry e WHERE e.action = 'answer'")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void theBilanCountsEachCouncilsProjetsByStatusAndThoseRealisedThisYear(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            long biollay = f.council("biollay");
            long a = f.subject(bissy, "A");
            long b = f.subject(bissy, "B");
            Projet pa = f.tx(em -> f.programmeAdministration(em).retain(MODERATOR, a, null, null, false));
            f.tx(em -> f.programmeAdministration(em).retain(MODERATOR, b, null, null, false));
            f.tx(em -> f.programmeAdministration(em).changeStatus(MODERATOR, pa.id(), pa.version(), StatutProjet.REALISE, null));

            List<BilanLine> bilan = f.tx(em -> f.programme(em).bilan(List.of(em.find(Assembly.class, bissy), em.find(Assembly.class, biollay)), f.now));
            assertThat(bilan.get(0).count(StatutProjet.REALISE)).isEqualTo(1);
            assertThat(bilan.get(0).count(StatutProjet.A_L_ETUDE)).isEqualTo(1);
            assertThat(bilan.get(0).realisedThisYear()).isEqualTo(1);
            assertThat(bilan.get(1).total()).isZero();
            List<BilanLine> nextYear = f.tx(em -> f.programme(em).bilan(List.of(em.find(Assembly.class, bissy)), f.now.plus(Duration.ofDays(60))));
            assertThat(nextYear.get(0).realisedThisYear())
                    .as("next year").isZero();
        }
    }
}
