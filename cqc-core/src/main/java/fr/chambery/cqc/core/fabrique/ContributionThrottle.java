package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.RateLimit;
import fr.chambery.cqc.core.grid.Grid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * Against floods of the debate: each member (her sign-up to a council) publishes at most
 * {@code cqc.fabrique.proposals-per-hour} subjects (5 by default) within an hour, and at most
 * {@code cqc.fabrique.comments-per-minute} comments and replies (5 by default) within a minute. The pages
 * ask before publishing and count what was published; beyond, {@link ContributionThrottled}. Counted on
 * Payara's data grid when the instances run clustered, as the sign-up's and the sign-in's throttles.
 */
@ApplicationScoped
public class ContributionThrottle {

    static final Duration PROPOSALS_WINDOW = Duration.ofHours(1);
    static final Duration COMMENTS_WINDOW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "cqc.fabrique.proposals-per-hour", defaultValue = "5")
    int proposalsAllowed;

    @Inject
    @ConfigProperty(name = "cqc.fabrique.comments-per-minute", defaultValue = "5")
    int commentsAllowed;

    @Inject
    Grid grid;

    private RateLimit proposals;
    private RateLimit comments;

    public ContributionThrottle() {
    }

    ContributionThrottle(int proposalsAllowed, int commentsAllowed, Clock clock) {
        this.proposalsAllowed = proposalsAllowed;
        this.commentsAllowed = commentsAllowed;
        this.proposals = new RateLimit(proposalsAllowed, PROPOSALS_WINDOW, clock);
        this.comments = new RateLimit(commentsAllowed, COMMENTS_WINDOW, clock);
    }

    @PostConstruct
    void init() {
        proposals = new RateLimit(proposalsAllowed, PROPOSALS_WINDOW, Clock.systemUTC(),
                grid.entries("cqc-fabrique-proposals", String.class, PROPOSALS_WINDOW));
        comments = new RateLimit(commentsAllowed, COMMENTS_WINDOW, Clock.systemUTC(),
                grid.entries("cqc-fabrique-comments", String.class, COMMENTS_WINDOW));
    }

    /**
     * @throws ContributionThrottled when the member has published her subjects of the hour already
     */
    public void admitProposal(long membershipId) {
        if (!proposals.allows(key(membershipId))) {
            throw ContributionThrottled.proposals(proposalsAllowed);
        }
    }

    /** Counts a subject published. */
    public void proposed(long membershipId) {
        proposals.record(key(membershipId));
    }

    /**
     * @throws ContributionThrottled when the member has published her comments of the minute already
     */
    public void admitComment(long membershipId) {
        if (!comments.allows(key(membershipId))) {
            throw ContributionThrottled.comments(commentsAllowed);
        }
    }

    /** Counts a comment or a reply published. */
    public void commented(long membershipId) {
        comments.record(key(membershipId));
    }

    private static String key(long membershipId) {
        return String.valueOf(membershipId);
    }
}
