package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.refusal.FrenchWording;
import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.chambery.cqc.core.association.SyncFixture.associationsUpTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sync never unlists on a doubtful source: a complete run that reads no record, or that would
 * unlist more than {@code cqc.directory.max-unlisted-share} of the listed associations, changes no
 * listing status and waits À CONFIRMER; an administrator confirms it (its ledger's misses are
 * applied) or discards it (nothing changes). On H2 and PostgreSQL.
 */
class UnlistingSafeguardIT {

    private static final Actor ADMIN = new Actor(Optional.of("admin@exemple.org"), Optional.of(Role.ADMINISTRATEUR), Set.of());

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void twoRunsOfAnEmptyButWellFormedExportUnlistNothing(String name, DataSource dataSource) {
        try (SyncFixture f = new SyncFixture(dataSource)) {
            f.council("bissy", "CQC Bissy");
            f.run(associationsUpTo(3), true);

            for (int run = 1; run <= 2; run++) {
                SyncRun empty = f.run(List.of(), true);
                assertThat(empty.state()).as("empty run %d", run).isEqualTo(SyncRun.State.A_CONFIRMER);
                assertThat(empty.unlisted()).isZero();
                assertThat(empty.message()).contains("ne contient aucun enregistrement");
            }
            for (int n = 1; n <= 3; n++) {
                Association a = f.named("Association " + n);
                assertThat(a.status()).isEqualTo(AssociationStatus.LISTEE);
                assertThat(a.missedRuns()).as("no miss counted from a doubtful run").isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aRunThatWouldUnlistMoreThanTheShareWaitsAndShowsWhatItWouldUnlist(String name, DataSource dataSource) {
        try (SyncFixture f = new SyncFixture(dataSource)) {
            f.council("bissy", "CQC Bissy");
            f.run(associationsUpTo(10), true);
            assertThat(f.run(associationsUpTo(8), true).state()).as("a first miss unlists nobody").isEqualTo(SyncRun.State.REUSSIE);

            SyncRun held = f.run(associationsUpTo(8), true);

            assertThat(held.state()).isEqualTo(SyncRun.State.A_CONFIRMER);
            assertThat(held.toUnlist()).isEqualTo(2);
            assertThat(held.message()).contains("retirerait 2 des 10 associations listées (20 %), au-delà de 10 %");
            List<Association> wouldUnlist = f.tx(em -> f.associations.heldUnlisting(held.id(), 100));
            assertThat(wouldUnlist).extracting(Association::name)
                    .containsExactly("Association 10", "Association 9");
            assertThat(f.named("Association 9").status()).isEqualTo(AssociationStatus.LISTEE);
            assertThat(f.named("Association 9").missedRuns()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void anAdministratorConfirmingAHeldRunUnlistsWhatItWould(String name, DataSource dataSource) {
        try (SyncFixture f = new SyncFixture(dataSource)) {
            f.council("bissy", "CQC Bissy");
            f.run(associationsUpTo(10), true);
            f.run(associationsUpTo(8), true);
            SyncRun held = f.run(associationsUpTo(8), true);

            SyncRun confirmed = f.tx(em -> f.decision.confirm(ADMIN, held.id()));

            assertThat(confirmed.state()).isEqualTo(SyncRun.State.REUSSIE);
            assertThat(confirmed.unlisted()).isEqualTo(2);
            assertThat(f.named("Association 9").status()).isEqualTo(AssociationStatus.NON_LISTEE);
            assertThat(f.named("Association 8").status()).isEqualTo(AssociationStatus.LISTEE);
            assertThatThrownBy(() -> f.tx(em -> f.decision.confirm(ADMIN, held.id()))).as("confirmed once only")
                    .isInstanceOfSatisfying(RunNotHeldException.class, e -> assertThat(FrenchWording.of(e)).contains("n'attend pas de confirmation"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void discardingAHeldRunChangesNoListing(String name, DataSource dataSource) {
        try (SyncFixture f = new SyncFixture(dataSource)) {
            f.council("bissy", "CQC Bissy");
            f.run(associationsUpTo(10), true);
            f.run(associationsUpTo(8), true);
            SyncRun held = f.run(associationsUpTo(8), true);

            assertThat(f.tx(em -> f.decision.discard(ADMIN, held.id())).state()).isEqualTo(SyncRun.State.ECARTEE);

            assertThat(f.named("Association 9").status()).isEqualTo(AssociationStatus.LISTEE);
            assertThat(f.named("Association 9").missedRuns()).isEqualTo(1);
            assertThatThrownBy(() -> f.tx(em -> f.decision.confirm(ADMIN, held.id()))).isInstanceOf(RunNotHeldException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aNewRunDiscardsTheHeldOneAndOnlyAnAdministratorDecides(String name, DataSource dataSource) {
        try (SyncFixture f = new SyncFixture(dataSource)) {
            f.council("bissy", "CQC Bissy");
            f.run(associationsUpTo(3), true);
            SyncRun held = f.run(List.of(), true);
            Actor moderator = new Actor(Optional.of("moderatrice@exemple.org"), Optional.of(Role.MODERATEUR), Set.of());
            assertThatThrownBy(() -> f.tx(em -> f.decision.confirm(moderator, held.id()))).isInstanceOf(AccessDeniedException.class);

            f.run(associationsUpTo(3), true);

            SyncRun replaced = f.stored(held.id());
            assertThat(replaced.state()).isEqualTo(SyncRun.State.ECARTEE);
            assertThat(replaced.message()).contains("l'a remplacée");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void unlistingWithinTheShareNeedsNoConfirmation(String name, DataSource dataSource) {
        try (SyncFixture f = new SyncFixture(dataSource)) {
            f.council("bissy", "CQC Bissy");
            f.run(associationsUpTo(20), true);
            f.run(associationsUpTo(19), true);

            SyncRun second = f.run(associationsUpTo(19), true);

            assertThat(second.state()).as("1 of 20 is 5 %").isEqualTo(SyncRun.State.REUSSIE);
            assertThat(second.unlisted()).isEqualTo(1);
            assertThat(f.named("Association 20").status()).isEqualTo(AssociationStatus.NON_LISTEE);
        }
    }
}
