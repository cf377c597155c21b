package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The moderators' side of the programme de travail: retain a subject (it goes {@code RETENU} and becomes a
 * projet), say who carries it, then follow it: status, progress, dated updates, the City's answer, linked
 * meetings. Each act checks {@link FabriqueComponent#MODERATE} on the projet's council, runs in one
 * transaction and is written to the action log; edits name the version they were made on.
 */
@ApplicationScoped
public class ProgrammeAdministration {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    ActionLog log;

    @Inject
    Event<EtatSujetChange> stateChanges;

    /** Tells the subject's author (by e-mail, once the transaction has succeeded: {@link AuthorNotices}). */
    Consumer<EtatSujetChange> announce = change -> stateChanges.fire(change);

    Clock clock = Clock.systemUTC();

    /**
     * Retains an open subject into the council's programme, for the year of the plénière that chose it
     * (this year without one).
     *
     * @param pleniereId     the plénière of the council it was chosen at, or {@code null}
     * @param workingGroupId the working group of the council that carries it, {@code null} for the mairie de quartier
     */
    @Transactional
    public Projet retain(Actor actor, long subjectId, Long pleniereId, Long workingGroupId, boolean needsCity) {
        Sujet subject = em.find(Sujet.class, subjectId);
        if (subject == null) {
            throw new ProjetRefusal("refusal.projet.unknownSubject");
        }
        FabriqueSpaces.moderated(em, actor, subject.spaceId());
        Instant now = clock.instant();
        int year = now.atZone(Programme.PARIS).getYear();
        if (pleniereId != null) {
            Meeting pleniere = em.find(Meeting.class, pleniereId);
            if (pleniere == null || pleniere.spaceId() != subject.spaceId() || pleniere.type() != MeetingType.PLENIERE) {
                throw new PriorisationRefusal("refusal.priorisation.notAPleniere");
            }
            year = pleniere.starts().getYear();
        }
        checkGroup(workingGroupId, subject.spaceId());
        subject.retainIntoProgramme();
        Projet projet = new Projet(subject, pleniereId, year, workingGroupId, needsCity, now);
        em.persist(projet);
        em.flush();
        announce.accept(new EtatSujetChange(subject.id(), EtatSujet.PROPOSE, EtatSujet.RETENU));
        log.record(LogEntry.by(actor).did(Verb.RETAIN).on(ProgrammeLog.PROJET, projet.id(), projet.title())
                .from(Map.of("subject", subject.id(), "state", EtatSujet.PROPOSE.name())).to(snapshot(projet)));
        return projet;
    }

    /** Who carries it (a working group of the council, or the mairie de quartier) and whether it needs the City. */
    @Transactional
    public Projet carry(Actor actor, long id, long version, Long workingGroupId, boolean needsCity) {
        Projet projet = edited(actor, id, version);
        checkGroup(workingGroupId, projet.spaceId());
        return logged(actor, Verb.UPDATE, projet, () -> projet.carry(workingGroupId, needsCity));
    }

    /** @throws ProjetRefusal when abandoned without a reason */
    @Transactional
    public Projet changeStatus(Actor actor, long id, long version, StatutProjet status, String reason) {
        Projet projet = edited(actor, id, version);
        Instant now = clock.instant();
        return logged(actor, Verb.UPDATE, projet, () -> projet.changeStatus(status, reason, now));
    }

    /** @throws ProjetRefusal outside 0–100 */
    @Transactional
    public Projet progress(Actor actor, long id, long version, int percent) {
        Projet projet = edited(actor, id, version);
        return logged(actor, Verb.UPDATE, projet, () -> projet.progress(percent));
    }

    /** The City's official answer, dated today; a new answer replaces the previous one (the log keeps both). */
    @Transactional
    public Projet answer(Actor actor, long id, long version, String text) {
        Projet projet = edited(actor, id, version);
        Instant now = clock.instant();
        return logged(actor, Verb.ANSWER, projet, () -> projet.answer(text, now));
    }

    /** A dated step of the timeline: plain text, an optional http(s) link to a document. */
    @Transactional
    public ProjetUpdate addUpdate(Actor actor, long id, String text, String documentLink) {
        Projet projet = em.find(Projet.class, id);
        if (projet == null) {
            throw new ProjetRefusal("refusal.projet.unknown");
        }
        FabriqueSpaces.moderated(em, actor, projet.spaceId());
        ProjetUpdate update = new ProjetUpdate(projet.id(), text, documentLink, clock.instant());
        em.persist(update);
        em.flush();
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(ProgrammeLog.PROJET, projet.id(), projet.title())
                .to(Map.of("update", update.body(), "document", update.documentUrl().orElse(""))));
        return update;
    }

    /** Links a meeting of the council (a working group's, a coordination interne...) to the projet. */
    @Transactional
    public Projet linkMeeting(Actor actor, long id, long version, long meetingId) {
        Projet projet = edited(actor, id, version);
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.spaceId() != projet.spaceId()) {
            throw new ProjetRefusal("refusal.projet.meeting");
        }
        return logged(actor, Verb.UPDATE, projet, () -> projet.link(meetingId));
    }

    private Projet logged(Actor actor, Verb verb, Projet projet, Runnable change) {
        Map<String, Object> before = snapshot(projet);
        change.run();
        em.flush();
        log.record(LogEntry.by(actor).did(verb).on(ProgrammeLog.PROJET, projet.id(), projet.title()).from(before).to(snapshot(projet)));
        return projet;
    }

    private Projet edited(Actor actor, long id, long version) {
        Projet projet = em.find(Projet.class, id);
        if (projet == null) {
            throw new ProjetRefusal("refusal.projet.unknown");
        }
        FabriqueSpaces.moderated(em, actor, projet.spaceId());
        if (projet.version() != version) {
            throw new ProjetRefusal("refusal.fabrique.stale");
        }
        return projet;
    }

    private void checkGroup(Long workingGroupId, long spaceId) {
        if (workingGroupId == null) {
            return;
        }
        WorkingGroup group = em.find(WorkingGroup.class, workingGroupId);
        if (group == null || group.spaceId() != spaceId) {
            throw new ProjetRefusal("refusal.projet.workingGroup");
        }
    }

    private static Map<String, Object> snapshot(Projet p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", p.status().name());
        s.put("abandonReason", p.abandonReason().orElse(""));
        s.put("progress", p.progress());
        s.put("workingGroup", p.workingGroupId().orElse(null));
        s.put("needsCity", p.needsCity());
        s.put("cityAnswer", p.cityAnswer().orElse(""));
        s.put("meetings", p.meetingIds().stream().sorted().toList());
        return s;
    }
}
