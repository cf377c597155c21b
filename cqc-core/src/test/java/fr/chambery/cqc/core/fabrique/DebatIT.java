package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assembly;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Members propose, withdraw, comment and report, on H2 and PostgreSQL: what is stored, who may act, and
 * that a refusal stores nothing.
 */
class DebatIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aConfirmedMemberPublishesAtOnceSignedWithHerFirstNameAndInitialHerTextKeptAsTyped(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");

            Sujet sujet = f.tx(em -> f.debat.propose(camille, "bissy", new Proposition("  Un <b>jardin</b>\tpartagé ",
                    "Première ligne\r\n\r\nTroisième <script>alert(1)</script>\u0000 ligne\rfin\n", "VIE_SOCIALE", "  Derrière l'école ")));

            Sujet stored = f.subject(sujet.id());
            assertThat(stored.title()).isEqualTo("Un <b>jardin</b> partagé");
            assertThat(stored.description()).isEqualTo("Première ligne\n\nTroisième <script>alert(1)</script> ligne\nfin");
            assertThat(stored.theme()).isEqualTo(Theme.VIE_SOCIALE);
            assertThat(stored.place()).contains("Derrière l'école");
            assertThat(stored.authorLabel()).contains("Camille M.");
            assertThat(stored.state()).isEqualTo(EtatSujet.PROPOSE);
            assertThat(f.search(bissy, Optional.empty(), Optional.empty()).items())
                    .extracting(Sujet::id).containsExactly(sujet.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void everyProblemOfTheFormIsToldByItsFieldAndNothingIsStored(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");

            assertThatThrownBy(() -> f.tx(em -> f.debat.propose(camille, "bissy", new Proposition(" \n\t", null, "JARDINAGE", "x".repeat(151)))))
                    .isInstanceOfSatisfying(SaisieRefusee.class, refused -> assertThat(refused.problems())
                            .extracting(Probleme::field, Probleme::key)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("title", "refusal.fabrique.field.title.missing"),
                                    org.assertj.core.groups.Tuple.tuple("description", "refusal.fabrique.field.description.missing"),
                                    org.assertj.core.groups.Tuple.tuple("theme", "refusal.fabrique.field.theme"),
                                    org.assertj.core.groups.Tuple.tuple("place", "refusal.fabrique.field.tooLong")));
            assertThatThrownBy(() -> f.tx(em -> f.debat.propose(camille, "bissy",
                    new Proposition("t".repeat(151), "d".repeat(5_001), null, null))))
                    .isInstanceOfSatisfying(SaisieRefusee.class, refused -> assertThat(refused.problems())
                            .extracting(Probleme::field, p -> p.arguments())
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("title", java.util.List.of(150, 151)),
                                    org.assertj.core.groups.Tuple.tuple("description", java.util.List.of(5_000, 5_001)),
                                    org.assertj.core.groups.Tuple.tuple("theme", java.util.List.of())));
            assertThat(f.count("Sujet")).isZero();

            Sujet longest = f.tx(em -> f.debat.propose(camille, "bissy", new Proposition("t".repeat(150), "d".repeat(5_000), "AUTRE", "p".repeat(150))));
            assertThat(f.subject(longest.id()).description()).hasSize(5_000);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void onlyTheConfirmedMembersOfTheCouncilProposeAndComment(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Assembly biollay = f.council("biollay");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Actor ofBiollay = f.member(biollay, "lou@example.org", "Lou Biollay");
            Actor pending = f.unconfirmed(bissy, "pending@example.org");
            Sujet sujet = f.propose(camille, bissy, "Un banc");

            for (Actor outsider : new Actor[] {ofBiollay, pending, Actor.ANONYMOUS, FabriqueFixture.moderatorOf(bissy), FabriqueFixture.administrator(),
                    Actor.member("camille@example.org", java.util.Set.of(biollay.id()))}) {
                assertThatThrownBy(() -> f.propose(outsider, bissy, "Intrus")).as(outsider.toString()).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> f.tx(em -> f.debat.comment(outsider, sujet.id(), null, "Intrus"))).as(outsider.toString())
                        .isInstanceOf(AccessDeniedException.class);
            }
            assertThat(f.count("Sujet")).isEqualTo(1);
            assertThat(f.count("Commentaire")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void onlyItsAuthorWithdrawsASubjectFromTheVersionSheSawAndItStaysVisibleAsWithdrawn(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Actor dominique = f.member(bissy, "dominique@example.org", "Dominique Durand");
            Sujet sujet = f.propose(camille, bissy, "Un banc");

            assertThatThrownBy(() -> f.tx(em -> {
                f.debat.withdraw(dominique, sujet.id(), sujet.version());
                return null;
            })).isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.author.only"));
            assertThatThrownBy(() -> f.tx(em -> {
                f.debat.withdraw(camille, sujet.id(), sujet.version() + 1);
                return null;
            })).isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.concurrent"));
            f.tx(em -> {
                f.debat.withdraw(camille, sujet.id(), sujet.version());
                return null;
            });

            assertThat(f.subject(sujet.id()).state()).isEqualTo(EtatSujet.RETIRE);
            assertThat(f.visible(sujet.id())).isPresent();
            long withdrawn = f.subject(sujet.id()).version();
            assertThatThrownBy(() -> f.tx(em -> {
                f.debat.withdraw(camille, sujet.id(), withdrawn);
                return null;
            })).isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.closed.RETIRE"));
            assertThatThrownBy(() -> f.tx(em -> f.debat.comment(dominique, sujet.id(), null, "Dommage")))
                    .isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.debate.closed"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void repliesAreOneLevelDeepAndACommentMustSaySomething(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Actor dominique = f.member(bissy, "dominique@example.org", "Dominique Durand");
            Sujet sujet = f.propose(camille, bissy, "Un banc");
            Sujet autre = f.propose(camille, bissy, "Un arbre");

            Commentaire comment = f.tx(em -> f.debat.comment(dominique, sujet.id(), null, "Oui !\r\nDeux bancs."));
            Commentaire reply = f.tx(em -> f.debat.comment(camille, sujet.id(), comment.id(), "Merci"));

            assertThatThrownBy(() -> f.tx(em -> f.debat.comment(dominique, sujet.id(), reply.id(), "Trop profond")))
                    .isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.reply.depth"));
            assertThatThrownBy(() -> f.tx(em -> f.debat.comment(dominique, autre.id(), comment.id(), "Ailleurs")))
                    .isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.comment.unknown"));
            assertThatThrownBy(() -> f.tx(em -> f.debat.comment(dominique, sujet.id(), null, " \n ")))
                    .isInstanceOfSatisfying(SaisieRefusee.class, r -> assertThat(r.problems().getFirst().field()).isEqualTo("body"));
            assertThatThrownBy(() -> f.tx(em -> f.debat.comment(dominique, sujet.id(), null, "x".repeat(2_001))))
                    .isInstanceOfSatisfying(SaisieRefusee.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.field.tooLong"));

            assertThat(f.comments(sujet.id())).extracting(Commentaire::body, c -> c.authorLabel().orElseThrow(), Commentaire::isReply)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Oui !\nDeux bancs.", "Dominique D.", false),
                            org.assertj.core.groups.Tuple.tuple("Merci", "Camille M.", true));
            assertThat(f.commentCounts(sujet.id(), autre.id())).containsExactly(java.util.Map.entry(sujet.id(), 2L));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void anyoneSignedInReportsOnceAnItemUntilTheModeratorsDecide(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Assembly biollay = f.council("biollay");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Actor ofBiollay = f.member(biollay, "lou@example.org", "Lou Biollay");
            Sujet sujet = f.propose(camille, bissy, "Un banc");
            Commentaire comment = f.tx(em -> f.debat.comment(camille, sujet.id(), null, "Précision"));

            Signalement first = f.tx(em -> f.debat.report(ofBiollay, sujet.id(), null, "Hors sujet"));
            f.tx(em -> f.debat.report(ofBiollay, sujet.id(), comment.id(), "Propos blessants"));
            assertThatThrownBy(() -> f.tx(em -> f.debat.report(ofBiollay, sujet.id(), null, "Encore")))
                    .isInstanceOfSatisfying(FabriqueRefusal.class, r -> assertThat(r.key()).isEqualTo("refusal.fabrique.report.duplicate"));
            assertThatThrownBy(() -> f.tx(em -> f.debat.report(Actor.ANONYMOUS, sujet.id(), null, "Anonyme")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.tx(em -> f.debat.report(camille, sujet.id(), null, "  ")))
                    .isInstanceOfSatisfying(SaisieRefusee.class, r -> assertThat(r.problems().getFirst().field()).isEqualTo("reason"));
            assertThat(f.count("Signalement")).isEqualTo(2);

            f.tx(em -> {
                f.moderation.dismiss(FabriqueFixture.moderatorOf(bissy), first.id());
                return null;
            });
            f.tx(em -> f.debat.report(ofBiollay, sujet.id(), null, "Toujours hors sujet"));
            assertThat(f.openReports(bissy)).extracting(Signalement::reason)
                    .containsExactly("Propos blessants", "Toujours hors sujet");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void theAuthorHearsOfOthersCommentsAndOfEveryChangeOfState(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Actor dominique = f.member(bissy, "dominique@example.org", "Dominique Durand");
            Sujet sujet = f.propose(camille, bissy, "Un banc");
            Sujet autre = f.propose(camille, bissy, "Des bancs");

            Commentaire other = f.tx(em -> f.debat.comment(dominique, sujet.id(), null, "Oui"));
            f.tx(em -> f.debat.comment(camille, sujet.id(), other.id(), "Merci"));
            f.tx(em -> {
                f.moderation.merge(FabriqueFixture.moderatorOf(bissy), autre.id(), autre.version(), sujet.id());
                f.debat.withdraw(camille, sujet.id(), f.sujets.byId(sujet.id()).orElseThrow().version());
                return null;
            });

            assertThat(f.comments.fired).as("not her own reply").containsExactly(new CommentairePublie(sujet.id(), other.id()));
            assertThat(f.states.fired).containsExactly(new EtatSujetChange(autre.id(), EtatSujet.PROPOSE, EtatSujet.FUSIONNE),
                    new EtatSujetChange(sujet.id(), EtatSujet.PROPOSE, EtatSujet.RETIRE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aMemberWhoLeavesLeavesHerSubjectsAndCommentsUnsignedHerReportsWithoutHerAddressAndHerExportListsThem(String name, DataSource dataSource) {
        try (FabriqueFixture f = new FabriqueFixture(dataSource)) {
            Assembly bissy = f.council("bissy");
            Actor camille = f.member(bissy, "camille@example.org", "Camille Martin");
            Actor dominique = f.member(bissy, "dominique@example.org", "Dominique Durand");
            Sujet sujet = f.propose(dominique, bissy, "Un banc");
            Commentaire comment = f.tx(em -> f.debat.comment(camille, sujet.id(), null, "Mon avis"));
            f.tx(em -> f.debat.report(camille, sujet.id(), null, "Doublon"));
            Long herId = f.tx(em -> em.createQuery("select m.id from Membership m where m.email = 'camille@example.org'", Long.class)
                    .getSingleResult());
            java.util.Set<Long> hers = java.util.Set.of(herId);

            java.util.List<fr.chambery.cqc.core.membership.PersonalData.Contribution> exported = f.tx(em -> f.contributions.export(hers));
            assertThat(exported).extracting(c -> c.kind() + ":" + c.text())
                    .containsExactly("commentaire:Mon avis", "signalement:Doublon");
            f.tx(em -> {
                f.contributions.forget(hers);
                return null;
            });

            assertThat(f.comment(comment.id()).authorLabel()).isEmpty();
            assertThat(f.openReports(bissy)).extracting(Signalement::reporter).containsExactly("membre-parti-" + hers.iterator().next());
        }
    }
}
