package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.mail.Postman;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moderators and their council's members: the list (pending sign-ups included, marked), and an e-mail
 * to every confirmed member, each with their own gestion link. The action log records who wrote to how
 * many, never to whom.
 */
@ApplicationScoped
public class MembershipAdministration {

    @Inject
    Memberships memberships;

    @Inject
    Assemblies assemblies;

    @Inject
    MembershipService service;

    @Inject
    Postman postman;

    @Inject
    ActionLog log;

    public List<Membership> membersOf(Actor actor, String spaceSlug) {
        return memberships.ofSpace(moderated(actor, spaceSlug).id());
    }

    /** Sends the message to every confirmed member; answers how many. */
    @Transactional
    public int write(Actor actor, String spaceSlug, String subject, String text, String baseUrl) {
        Assembly space = moderated(actor, spaceSlug);
        if (subject == null || subject.isBlank() || text == null || text.isBlank()) {
            throw new InvalidSignUpException("refusal.membership.message.missing");
        }
        List<Membership> confirmed = memberships.ofSpace(space.id()).stream().filter(Membership::isConfirmed).toList();
        for (Membership member : confirmed) {
            postman.send(MembershipMails.toMembers(member.email(), space.title(), subject.strip(), text,
                    service.gestionLink(member.email(), baseUrl)));
        }
        log.record(LogEntry.by(actor).did(Verb.WRITE).on(MembershipLog.MEMBERSHIP, space.slug(), subject.strip())
                .to(Map.of("recipients", confirmed.size())));
        return confirmed.size();
    }

    private Assembly moderated(Actor actor, String spaceSlug) {
        Assembly space = assemblies.bySlug(spaceSlug).orElseThrow(() -> new UnknownAssemblyException(spaceSlug));
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(space));
        return space;
    }
}
