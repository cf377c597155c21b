package fr.chambery.cqc.core.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An association of the city's directory, as last synced: what it publishes (name, purpose, address,
 * contacts, website), its quartier and how that was found, its status. Renamed, it keeps its former
 * names; never deleted.
 */
@Entity
@Table(name = "association")
public class Association {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** RNA number, else the directory's id, else the normalised name and postcode; fixed at creation. */
    @Column(name = "identity_key", nullable = false, length = 300, unique = true)
    private String identityKey;

    @Column(name = "rna_number", length = 10)
    private String rnaNumber;

    @Column(name = "directory_id", length = 100)
    private String directoryId;

    @Column(nullable = false, length = 300)
    private String name;

    /** Former names, separated by « | ». */
    @Column(name = "former_names", length = 3000)
    private String formerNames;

    @Column(length = 200)
    private String theme;

    @Column(length = 5000)
    private String purpose;

    @Column(length = 500)
    private String address;

    @Column(length = 10)
    private String postcode;

    @Column(length = 50)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(length = 500)
    private String website;

    @Column(name = "directory_url", length = 500)
    private String directoryUrl;

    @Column(name = "directory_quartier", length = 100)
    private String directoryQuartier;

    @Column(name = "quartier_id")
    private Long quartierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "quartier_source", nullable = false, length = 20)
    private QuartierSource quartierSource;

    @Column(name = "moderator_quartier_id")
    private Long moderatorQuartierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssociationStatus status;

    @Column(name = "missed_runs", nullable = false)
    private int missedRuns;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Association() {
    }

    Association(String identityKey, Instant now) {
        this.identityKey = identityKey;
        this.firstSeenAt = now;
        this.status = AssociationStatus.LISTEE;
        this.quartierSource = QuartierSource.A_REVOIR;
    }

    /** Takes the record's published fields; a new name pushes the old one to the former names. */
    void take(CheckedRecord record, String hash, Instant now) {
        if (name != null && !name.equals(record.name())) {
            List<String> former = new ArrayList<>(formerNames());
            if (!former.contains(name)) {
                former.add(name);
            }
            formerNames = String.join(" | ", former);
        }
        if (record.rnaNumber() != null) {
            rnaNumber = record.rnaNumber();
        }
        if (record.directoryId() != null) {
            directoryId = record.directoryId();
        }
        name = record.name();
        theme = record.theme();
        purpose = record.purpose();
        address = record.address();
        postcode = record.postcode();
        phone = record.phone();
        email = record.email();
        website = record.website();
        directoryUrl = record.directoryUrl();
        directoryQuartier = record.quartier();
        contentHash = hash;
        updatedAt = now;
    }

    /** Places it; whether that moved it (another quartier, or the same found another way). */
    boolean placeIn(Long quartierId, QuartierSource source) {
        boolean moved = false;
        if (!java.util.Objects.equals(this.quartierId, quartierId)) {
            this.quartierId = quartierId;
            moved = true;
        }
        if (this.quartierSource != source) {
            this.quartierSource = source;
            moved = true;
        }
        return moved;
    }

    /** A moderator's choice, which every later sync keeps. */
    void assignByModerator(long quartierId) {
        this.moderatorQuartierId = quartierId;
        placeIn(quartierId, QuartierSource.MODERATEUR);
    }

    /** Seen by a run: any missed runs forgotten, listed again. Writes nothing when there is nothing to forget. */
    void seen() {
        if (missedRuns != 0) {
            missedRuns = 0;
        }
        if (status == AssociationStatus.NON_LISTEE) {
            status = AssociationStatus.LISTEE;
        }
    }

    /** Missing from a complete run: after the second in a row, no longer listed. */
    boolean missed() {
        missedRuns++;
        if (missedRuns >= 2 && status == AssociationStatus.LISTEE) {
            status = AssociationStatus.NON_LISTEE;
            return true;
        }
        return false;
    }

    /** Whether missing one more complete run would unlist it. */
    boolean unlistedByAnotherMiss() {
        return status == AssociationStatus.LISTEE && missedRuns + 1 >= 2;
    }

    void dissolve() {
        status = AssociationStatus.DISSOUTE;
    }

    public Long id() { return id; }
    public String identityKey() { return identityKey; }
    public Optional<String> rnaNumber() { return Optional.ofNullable(rnaNumber); }
    public Optional<String> directoryId() { return Optional.ofNullable(directoryId); }
    public String name() { return name; }
    public List<String> formerNames() {
        return formerNames == null || formerNames.isBlank() ? List.of() : Arrays.stream(formerNames.split(" \\| ")).toList();
    }
    public String theme() { return theme; }
    public String purpose() { return purpose; }
    public String address() { return address; }
    public String postcode() { return postcode; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String website() { return website; }
    public String directoryUrl() { return directoryUrl; }
    public String directoryQuartier() { return directoryQuartier; }
    public Optional<Long> quartierId() { return Optional.ofNullable(quartierId); }
    public QuartierSource quartierSource() { return quartierSource; }
    public Optional<Long> moderatorQuartierId() { return Optional.ofNullable(moderatorQuartierId); }
    public AssociationStatus status() { return status; }
    public int missedRuns() { return missedRuns; }
    public String contentHash() { return contentHash; }
    public Instant updatedAt() { return updatedAt; }
}
