package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.mail.Postman;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's side of the sign-up, without an account: sign up to a council (confirmed by e-mail), and
 * from the link in every e-mail, leave a council, get their data, or erase it all. Each step runs in
 * one transaction with its e-mail: when the e-mail cannot be sent, nothing is stored. The action log
 * records these steps without any personal data.
 */
@ApplicationScoped
public class MembershipService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Memberships memberships;

    @Inject
    AssemblyCatalog catalog;

    @Inject
    Assemblies assemblies;

    @Inject
    Meetings meetings;

    @Inject
    Postman postman;

    @Inject
    ActionLog log;

    /** The components' side of a member's privacy: every bean implementing it, none named. */
    @Inject
    @Any
    Instance<MemberContributions> contributions;

    Clock clock = Clock.systemUTC();

    /** A published council that takes sign-ups, or empty. */
    public Optional<Assembly> council(String slug) {
        return slug == null ? Optional.empty() : catalog.visible(slug)
                .filter(s -> s.enables(MembershipComponent.KEY));
    }

    /** Its published councils that take sign-ups, for a choice on an assembly's page. */
    public List<Assembly> councilsOf(Assembly space) {
        List<Assembly> subSpaces = catalog.subSpacesOf(space);
        var enabling = assemblies.enabling(subSpaces.stream().map(Assembly::id).toList(), MembershipComponent.KEY);
        return subSpaces.stream().filter(s -> enabling.contains(s.id())).toList();
    }

    public long memberCount(Assembly council) {
        return memberships.confirmedCount(council.id());
    }

    /**
     * Records the sign-up (pending) and sends the confirmation link; signing up again with the same
     * e-mail updates the pending sign-up, or, when already confirmed, only says so by e-mail.
     *
     * @param baseUrl the site's address, for the links
     * @throws InvalidSignUpException with every problem of the form
     */
    @Transactional
    public void signUp(SignUp form, String baseUrl) {
        List<SignUpProblem> problems = new ArrayList<>(form.check(LocalDate.now(clock.withZone(PARIS))));
        Optional<Assembly> council = council(form.councilSlug());
        if (council.isEmpty()) {
            problems.add(SignUpProblem.COUNCIL_UNKNOWN);
        }
        Set<Long> groups = new HashSet<>(form.workingGroupIds() == null ? List.of() : form.workingGroupIds());
        if (council.isPresent()) {
            Set<Long> known = meetings.workingGroupsOf(council.get().id()).stream().map(WorkingGroup::id).collect(Collectors.toSet());
            if (!known.containsAll(groups)) {
                problems.add(SignUpProblem.WORKING_GROUP_UNKNOWN);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSignUpException(problems);
        }
        Assembly space = council.get();
        String email = form.normalizedEmail();
        String gestion = gestionLink(email, baseUrl);
        Optional<Membership> existing = memberships.of(space.id(), email);
        if (existing.filter(Membership::isConfirmed).isPresent()) {
            postman.send(MembershipMails.alreadyMember(email, space.title(), gestion));
            return;
        }
        Membership membership = existing.orElseGet(() -> new Membership(space.id(), email, clock.instant()));
        membership.fill(form, groups, clock.instant());
        if (existing.isEmpty()) {
            em.persist(membership);
            em.flush();
        }
        MembershipToken.Issued confirmation = MembershipToken.issue(MembershipToken.Purpose.CONFIRMATION, membership.id(), email, clock.instant());
        em.persist(confirmation.token());
        log.record(LogEntry.by(Actor.ANONYMOUS).did(Verb.SIGN_UP).on(MembershipLog.MEMBERSHIP, membership.id(), space.title()));
        postman.send(MembershipMails.confirmation(email, space.title(), baseUrl + "/membership/confirm?token=" + confirmation.secret(), gestion));
    }

    /** Confirms the sign-up of a confirmation link, which then serves no more. */
    @Transactional
    public Membership confirm(String secret) {
        MembershipToken token = memberships.token(secret)
                .filter(t -> t.isValid(MembershipToken.Purpose.CONFIRMATION, clock.instant()))
                .orElseThrow(() -> new InvalidSignUpException("Ce lien de confirmation n'est plus valable : il a déjà servi ou il a "
                        + "expiré (48 heures). Inscrivez-vous à nouveau pour en recevoir un autre."));
        token.use(clock.instant());
        Membership membership = em.find(Membership.class, token.membershipId());
        membership.confirm(clock.instant());
        log.record(LogEntry.by(Actor.ANONYMOUS).did(Verb.CONFIRM).on(MembershipLog.MEMBERSHIP, membership.id(), councilTitle(membership)));
        return membership;
    }

    /** The sign-ups of the e-mail a gestion link was sent to. */
    public List<Membership> gestion(String secret) {
        return memberships.ofEmail(emailOf(secret));
    }

    public String councilTitle(Membership membership) {
        return assemblies.byId(membership.spaceId()).map(Assembly::title).orElse("");
    }

    /**
     * Leaves one council: the components unsign her contributions there ({@link MemberContributions}),
     * then the sign-up and its working groups are deleted.
     */
    @Transactional
    public void leave(String secret, long membershipId) {
        String email = emailOf(secret);
        Membership membership = memberships.ofEmail(email).stream().filter(m -> m.id() == membershipId).findFirst()
                .orElseThrow(() -> new InvalidSignUpException("Cette inscription n'existe plus."));
        forget(Set.of(membershipId));
        em.remove(membership);
        log.record(LogEntry.by(Actor.ANONYMOUS).did(Verb.LEAVE).on(MembershipLog.MEMBERSHIP, membershipId, councilTitle(membership)));
    }

    /** Everything kept about the e-mail of the link. */
    public PersonalData export(String secret) {
        String email = emailOf(secret);
        Map<Long, String> groupNames = new java.util.HashMap<>();
        List<PersonalData.Entry> entries = memberships.ofEmail(email).stream().map(m -> {
            meetings.workingGroupsOf(m.spaceId()).forEach(g -> groupNames.put(g.id(), g.name()));
            return new PersonalData.Entry(councilTitle(m), m.name(), m.lien().name(),
                    m.workingGroupIds().stream().map(groupNames::get).sorted().toList(),
                    m.signedUpAt().toString(), m.confirmedAt().map(Object::toString).orElse(null),
                    m.consentVersion(), m.consentedAt().toString());
        }).toList();
        Set<Long> ids = memberships.ofEmail(email).stream().map(Membership::id).collect(Collectors.toSet());
        List<PersonalData.Contribution> contributed = ids.isEmpty() ? List.of()
                : contributions.stream().flatMap(c -> c.export(ids).stream()).toList();
        return new PersonalData(email, entries, contributed);
    }

    /**
     * Erases every sign-up, link and member session of the e-mail of the link (GDPR, article 17); the
     * components first unsign her contributions ({@link MemberContributions}).
     */
    @Transactional
    public int erase(String secret) {
        String email = emailOf(secret);
        List<Membership> all = memberships.ofEmail(email);
        if (!all.isEmpty()) {
            forget(all.stream().map(Membership::id).collect(Collectors.toSet()));
        }
        all.forEach(em::remove);
        em.flush();
        memberships.forgetEmail(email);
        log.record(LogEntry.by(Actor.ANONYMOUS).did(Verb.ERASE).on(MembershipLog.MEMBERSHIP, "-", all.size() + " inscription(s)"));
        return all.size();
    }

    private void forget(Set<Long> membershipIds) {
        contributions.forEach(c -> c.forget(membershipIds));
        em.flush();
    }

    /** A fresh gestion link for the e-mail: every e-mail sent to a member carries one. */
    String gestionLink(String email, String baseUrl) {
        MembershipToken.Issued gestion = MembershipToken.issue(MembershipToken.Purpose.GESTION, null, email, clock.instant());
        em.persist(gestion.token());
        return baseUrl + "/membership/manage?token=" + gestion.secret();
    }

    private String emailOf(String secret) {
        return memberships.token(secret)
                .filter(t -> t.isValid(MembershipToken.Purpose.GESTION, clock.instant()))
                .map(MembershipToken::email)
                .orElseThrow(() -> new InvalidSignUpException("Ce lien n'est plus valable (90 jours) ou vos données ont été "
                        + "effacées. Le lien de chaque nouvel e-mail du conseil en donne un nouveau."));
    }
}
