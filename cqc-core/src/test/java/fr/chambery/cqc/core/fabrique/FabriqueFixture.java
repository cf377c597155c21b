package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.RecordedEvents;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Role;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.ActionLogEntry;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.document.DocumentStore;
import fr.chambery.cqc.core.document.FileInspection;
import fr.chambery.cqc.core.membership.Members;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fabrique's services wired by hand over a migrated database (H2 or PostgreSQL), each call its own
 * transaction as in the server; councils and their members made in one line each.
 */
final class FabriqueFixture implements AutoCloseable {

    final Debat debat = new Debat();
    final Moderation moderation = new Moderation();
    final Sujets sujets = new Sujets();
    final RecordedEvents<CommentairePublie> comments = new RecordedEvents<>();
    final RecordedEvents<EtatSujetChange> states = new RecordedEvents<>();
    final RecordedEvents<SujetMasque> hidden = new RecordedEvents<>();
    final RecordedEvents<PieceJointeGardee> filesKept = new RecordedEvents<>();
    final FabriqueContributions contributions = new FabriqueContributions();
    private final Assemblies assemblies = new Assemblies();
    private final Members members = new Members();
    private final ActionLog log = new ActionLog();
    private final EntityManagerFactory emf;
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");
    /** Where the attachments' files go: a document store of its own, 1 MB at most. */
    final DocumentStore files;

    FabriqueFixture(DataSource dataSource) {
        DatabaseMigrations.migrate(dataSource);
        emf = BothDatabases.unit(dataSource);
        FabriqueEvents events = new FabriqueEvents();
        events.comments = comments;
        events.states = states;
        events.hidden = hidden;
        events.attachments = filesKept;
        contributions.assemblies = assemblies;
        debat.assemblies = assemblies;
        debat.members = members;
        debat.sujets = sujets;
        debat.events = events;
        debat.clock = Clock.fixed(now, ZoneOffset.UTC);
        try {
            files = DocumentStore.at(Files.createTempDirectory("fabrique-files"), 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        debat.attachments = new PiecesJointes();
        debat.attachments.store = files;
        debat.attachments.inspection = new FileInspection();
        moderation.assemblies = assemblies;
        moderation.sujets = sujets;
        moderation.log = log;
        moderation.events = events;
        moderation.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    /** A council enabling the fabrique. */
    Assembly council(String slug) {
        return tx(em -> {
            Assembly council = new Assembly(slug, "CQC " + slug, AssemblyTexts.builder().subtitle("s").build(), now);
            council.enableComponent(FabriqueComponent.KEY);
            em.persist(council);
            em.flush();
            return council;
        });
    }

    /** A confirmed member of the council, signed in as such. */
    Actor member(Assembly council, String email, String name) {
        signUp(council, email, name, true);
        return Actor.member(email, Set.of(council.id()));
    }

    /** A sign-up not confirmed yet: she is a member of no council. */
    Actor unconfirmed(Assembly council, String email) {
        signUp(council, email, "Non Confirmée", false);
        return Actor.member(email, Set.of());
    }

    static Actor moderatorOf(Assembly council) {
        return new Actor(Optional.of("moderatrice-" + council.slug() + "@ville.example"), Optional.of(Role.MODERATEUR), Set.of(council.id()));
    }

    static Actor administrator() {
        return new Actor(Optional.of("admin@ville.example"), Optional.of(Role.ADMINISTRATEUR), Set.of());
    }

    private void signUp(Assembly council, String email, String name, boolean confirmed) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        tx(em -> em.createNativeQuery("INSERT INTO membership (assembly_id, email, name, lien, consent_version, consented_at, signed_up_at"
                        + (confirmed ? ", confirmed_at" : "") + ") VALUES (?1, ?2, ?3, 'HABITANT', '2026-11', ?4, ?4" + (confirmed ? ", ?4" : "") + ")")
                .setParameter(1, council.id()).setParameter(2, email).setParameter(3, name).setParameter(4, at)
                .executeUpdate());
    }

    Sujet propose(Actor author, Assembly council, String title) {
        return tx(em -> debat.propose(author, council.slug(), new Proposition(title, "Une description.", "CADRE_DE_VIE", null)));
    }

    Sujet subject(long id) {
        return tx(em -> sujets.byId(id).orElseThrow());
    }

    java.util.List<Commentaire> comments(long subjectId) {
        return tx(em -> sujets.commentsOf(subjectId));
    }

    Commentaire comment(long id) {
        return tx(em -> sujets.comment(id).orElseThrow());
    }

    Optional<Sujet> visible(long id) {
        return tx(em -> sujets.visible(id));
    }

    java.util.Map<Long, Long> commentCounts(Long... subjectIds) {
        return tx(em -> sujets.commentCounts(List.of(subjectIds)));
    }

    List<Signalement> openReports(Assembly council) {
        return tx(em -> sujets.openReportsOf(council.id()));
    }

    fr.chambery.cqc.core.persistence.ResultPage<Sujet> search(Assembly council, Optional<EtatSujet> state, Optional<Theme> theme) {
        return tx(em -> sujets.search(List.of(council.id()), state, theme, 1, 10));
    }

    /** The files kept in the store, the staging area left out. */
    long storedFiles() {
        try (var all = Files.walk(files.root())) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals(".staging")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files of the staging area: uploads not finished, or not cleaned. */
    long stagedFiles() {
        try (var all = Files.list(files.root().resolve(".staging"))) {
            return all.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count(String entity) {
        return tx(em -> em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult());
    }

    List<ActionLogEntry> logEntries() {
        return tx(em -> em.createQuery("select e from ActionLogEntry e order by e.id", ActionLogEntry.class).getResultList());
    }

    <T> T tx(Function<EntityManager, T> work) {
        return BothDatabases.inTransaction(emf, em -> {
            BothDatabases.giveEntityManager(em, assemblies, members, log, debat, moderation, sujets, contributions);
            return work.apply(em);
        });
    }

    @Override
    public void close() {
        emf.close();
    }
}
