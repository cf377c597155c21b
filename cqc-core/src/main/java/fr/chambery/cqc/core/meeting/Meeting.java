package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.text.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A rencontre of a council: its type, when (instants, with the zone it is held in), where (an address,
 * an online link, or both) and what (description, agenda, and after it the minutes). A cancelled
 * meeting stays visible, marked as such.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private Long spaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingType type;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 100_000)
    private String description;

    @Column(length = 100_000)
    private String agenda;

    @Column(length = 100_000)
    private String minutes;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(length = 500)
    private String address;

    @Column(name = "online_url", length = 1000)
    private String onlineUrl;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Meeting() {
    }

    /**
     * @throws InvalidMeetingException when the meeting ends before it starts, has no place at all, or an
     *                                 online link that is not an http(s) address
     */
    public Meeting(long spaceId, MeetingType type, String title, ZonedDateTime starts, ZonedDateTime ends,
                   String address, String onlineUrl) {
        this.spaceId = spaceId;
        this.type = Objects.requireNonNull(type, "type");
        reschedule(title, starts, ends, address, onlineUrl);
    }

    public void reschedule(String newTitle, ZonedDateTime starts, ZonedDateTime ends, String newAddress, String newOnlineUrl) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidMeetingException("refusal.meeting.title.missing");
        }
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        if (!ends.toInstant().isAfter(starts.toInstant())) {
            throw new InvalidMeetingException("refusal.meeting.endBeforeStart");
        }
        String place = blankToNull(newAddress);
        String link = blankToNull(newOnlineUrl);
        if (place == null && link == null) {
            throw new InvalidMeetingException("refusal.meeting.place.missing");
        }
        if (link != null && !isWebAddress(link)) {
            throw new InvalidMeetingException("refusal.meeting.link.invalid");
        }
        this.title = newTitle.strip();
        this.startsAt = starts.toInstant();
        this.endsAt = ends.toInstant();
        this.timeZone = starts.getZone().getId();
        this.address = place;
        this.onlineUrl = link;
    }

    public void classify(MeetingType newType) {
        this.type = Objects.requireNonNull(newType, "type");
    }

    public void describe(String newDescription, String newAgenda) {
        this.description = RichText.sanitize(newDescription);
        this.agenda = RichText.sanitize(newAgenda);
    }

    public void recordMinutes(String compteRendu) {
        this.minutes = RichText.sanitize(compteRendu);
    }

    public void cancel() {
        this.cancelled = true;
    }

    public void publish(Instant at) {
        if (publishedAt == null) {
            publishedAt = Objects.requireNonNull(at);
        }
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() { return id; }
    public long spaceId() { return spaceId; }
    public MeetingType type() { return type; }
    public String title() { return title; }
    public String description() { return description; }
    public String agenda() { return agenda; }
    public Optional<String> minutes() { return Optional.ofNullable(minutes).filter(m -> !m.isEmpty()); }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public ZoneId zone() { return ZoneId.of(timeZone); }
    /** Start in the meeting's zone (Europe/Paris for the councils). */
    public ZonedDateTime starts() { return startsAt.atZone(zone()); }
    public ZonedDateTime ends() { return endsAt.atZone(zone()); }
    public Optional<String> address() { return Optional.ofNullable(address); }
    public Optional<String> onlineUrl() { return Optional.ofNullable(onlineUrl); }
    public boolean isCancelled() { return cancelled; }
    public boolean isPublished() { return publishedAt != null; }
    public boolean isPast(Instant now) { return !endsAt.isAfter(now); }
    public long version() { return version; }
}
