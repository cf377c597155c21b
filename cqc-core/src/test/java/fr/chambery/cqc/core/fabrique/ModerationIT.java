package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.actionlog.ActionLogEntry;
import fr.chambery.cqc.core.assembly.Assembly;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The moderators' acts on H2 and PostgreSQL: each on the council's own subjects only, each in the action log. */
class ModerationIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aHiddenCommentKeepsItsTextForTheLogAndShowsItsPublicReasonItsReportsClosed(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Assembly biollay = f.council("biollay");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Actor dominique = f.member(bissy, "dominique@example.org", "Dominique Durand");
            Sujet sujet = f.propose(camille, bissy, "Un banc");
            Commentaire comment = f.tx(em -> f.debat.comment(dominique, sujet.id(), null, "Propos injurieux"));
            f.tx(em -> f.debat.report(camille, sujet.id(), comment.id(), "Injurieux"));

            assertThatThrownBy(() -> f.tx(em -> {
                f.moderation.hideComment(FabriqueFixture.moderatorOf(biollay), comment.id(), "Irrespectueux");
                return null;
            })).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.tx(em -> {
                f.moderation.hideComment(FabriqueFixture.moderatorOf(bissy), comment.id(), " ");
                return null;
            })).isInstanceOfSatisfying(SaisieRefusee.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.field.hideReason.missing"));
            assertThat(f.comment(comment.id()).isHidden()).isFalse();

            f.tx(em -> {
                f.moderation.hideComment(FabriqueFixture.moderatorOf(bissy), comment.id(), "Propos irrespectueux envers un habitant");
                return null;
            });

            Commentaire hidden = f.comment(comment.id());
            assertThat(hidden.isHidden()).isTrue();
            assertThat(hidden.hiddenReason()).contains("Propos irrespectueux envers un habitant");
            assertThat(hidden.body()).isEqualTo("Propos injurieux");
            assertThat(f.openReports(bissy)).isEmpty();
            assertThat(f.commentCounts(sujet.id())).isEmpty();
            ActionLogEntry entry = f.logEntries().getLast();
            assertThat(entry.action()).isEqualTo("hide");
            assertThat(entry.resourceType()).isEqualTo("fabrique_comment");
            assertThat(entry.actor()).isEqualTo("moderatrice-bissy@ville.example");
            assertThat(entry.before()).contains("Propos injurieux");
            assertThat(entry.after()).contains("Propos irrespectueux envers un habitant");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aHiddenSubjectLeavesTheListsAndCanNoLongerBeDebated(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Sujet sujet = f.propose(camille, bissy, "Publicité");
            Sujet kept = f.propose(camille, bissy, "Un banc");

            f.tx(em -> {
                f.moderation.hideSubject(FabriqueFixture.administrator(), sujet.id(), sujet.version(), "Publicité commerciale");
                return null;
            });

            assertThat(f.visible(sujet.id())).isEmpty();
            assertThat(f.hidden.fired).as("its author is told, with the public reason")
                    .containsExactly(new SujetMasque(sujet.id(), "Publicité commerciale"));
            assertThat(f.search(bissy, Optional.empty(), Optional.empty()).items())
                    .extracting(Sujet::id).containsExactly(kept.id());
            assertThatThrownBy(() -> f.tx(em -> f.debat.comment(camille, sujet.id(), null, "?")))
                    .isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.subject.unknown"));
            assertThat(f.logEntries().getLast().after()).contains("Publicité commerciale");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aSubjectMergesOnlyIntoAnOpenSubjectOfTheSameCouncilAndPointsToIt(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Assembly biollay = f.council("biollay");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Actor lou = f.member(biollay, "lou@example.org", "Lou Biollay");
            Sujet doublon = f.propose(camille, bissy, "Des bancs");
            Sujet cible = f.propose(camille, bissy, "Plus de bancs");
            Sujet ailleurs = f.propose(lou, biollay, "Des bancs au Biollay");
            Actor moderator = FabriqueFixture.moderatorOf(bissy);

            for (long target : new long[] {ailleurs.id(), doublon.id()}) {
                assertThatThrownBy(() -> f.tx(em -> {
                    f.moderation.merge(moderator, doublon.id(), doublon.version(), target);
                    return null;
                })).isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.merge.target"));
            }
            assertThatThrownBy(() -> f.tx(em -> {
                f.moderation.merge(moderator, ailleurs.id(), ailleurs.version(), doublon.id());
                return null;
            })).as("another council's moderator").isInstanceOf(AccessDeniedException.class);
            f.tx(em -> {
                f.moderation.merge(moderator, doublon.id(), doublon.version(), cible.id());
                return null;
            });

            Sujet merged = f.subject(doublon.id());
            assertThat(merged.state()).isEqualTo(EtatSujet.FUSIONNE);
            assertThat(merged.mergedIntoId()).contains(cible.id());
            assertThat(f.logEntries().getLast().action()).isEqualTo("merge");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aModeratorSetsASubjectAsideFromTheVersionSheSaw(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Sujet sujet = f.propose(camille, bissy, "Un banc");
            Actor moderator = FabriqueFixture.moderatorOf(bissy);

            assertThatThrownBy(() -> f.tx(em -> {
                f.moderation.setAside(camille, sujet.id(), sujet.version());
                return null;
            })).as("a member").isInstanceOf(AccessDeniedException.class);
            f.tx(em -> {
                f.debat.withdraw(camille, sujet.id(), sujet.version());
                return null;
            });
            assertThatThrownBy(() -> f.tx(em -> {
                f.moderation.setAside(moderator, sujet.id(), sujet.version());
                return null;
            })).as("seen before the withdrawal").isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.concurrent"));

            Sujet other = f.propose(camille, bissy, "Un arbre");
            f.tx(em -> {
                f.moderation.setAside(moderator, other.id(), other.version());
                return null;
            });
            assertThat(f.subject(other.id()).state()).isEqualTo(EtatSujet.NON_RETENU);
            assertThat(f.logEntries().getLast().action()).isEqualTo("set_aside");
            assertThat(f.search(bissy, Optional.of(EtatSujet.NON_RETENU), Optional.empty()).items())
                    .extracting(Sujet::id).containsExactly(other.id());
            assertThat(f.search(bissy, Optional.empty(), Optional.of(Theme.AUTRE)).total()).isZero();
        }
    }
}
