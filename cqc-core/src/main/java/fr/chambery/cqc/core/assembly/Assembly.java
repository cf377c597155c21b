package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.access.ModeratedSpace;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A participatory space of the assembly kind: the CQC assembly of Chambéry is one, and each of its seven
 * councils is an assembly nested under it (a sub-space, « sous-espace »). Nesting has any depth and no
 * cycles. The space is invisible to the public until published.
 */
@Entity
@Table(name = "assembly")
public class Assembly implements ModeratedSpace {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Embedded
    private AssemblyTexts texts;

    @Embedded
    private ParticipationScope participation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assembly_type_id")
    private AssemblyType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Assembly parent;

    /** The parent's id, readable without loading the parent. */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Column(name = "creation_date")
    private LocalDate creationDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "created_by", length = 20)
    private CreatedBy createdBy;

    /** End of the assembly's mandate; none means « Indéfinie ». */
    @Column(name = "duration")
    private LocalDate duration;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(nullable = false)
    private boolean promoted;

    /** Display order among siblings (« Rang d'affichage »), lower first. */
    @Column(nullable = false)
    private int weight;

    @Column(length = 80, unique = true)
    private String reference;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "assembly_component", joinColumns = @JoinColumn(name = "assembly_id"))
    @Column(name = "component_key", length = 40)
    private Set<String> enabledComponents = new LinkedHashSet<>();

    protected Assembly() {
    }

    public Assembly(String slug, String title, AssemblyTexts texts, Instant createdAt) {
        this.slug = Slug.require(slug);
        this.title = AssemblyType.requireText(title, "title");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.participation = ParticipationScope.NONE;
    }

    // --- behaviour ----------------------------------------------------------------------------

    public void retitle(String newTitle) {
        this.title = AssemblyType.requireText(newTitle, "title");
    }

    public void describe(AssemblyTexts newTexts) {
        this.texts = Objects.requireNonNull(newTexts, "texts");
    }

    public void defineParticipation(ParticipationScope scope) {
        this.participation = Objects.requireNonNull(scope, "participation");
    }

    public void classifyAs(AssemblyType assemblyType) {
        this.type = assemblyType;
    }

    public void recordCreation(LocalDate date, CreatedBy by) {
        this.creationDate = date;
        this.createdBy = by;
    }

    /** Sets the end of the mandate; {@code null} makes it indefinite. */
    public void lastUntil(LocalDate end) {
        this.duration = end;
    }

    public void placeAt(int newWeight) {
        this.weight = newWeight;
    }

    public void promote(boolean value) {
        this.promoted = value;
    }

    public void publish(Instant at) {
        if (publishedAt == null) {
            publishedAt = Objects.requireNonNull(at, "at");
        }
    }

    public void unpublish() {
        publishedAt = null;
    }

    /**
     * Nests this space under {@code newParent} ({@code null}: top level).
     *
     * @throws IllegalArgumentException if that would make a cycle
     */
    public void moveUnder(Assembly newParent) {
        for (Assembly a = newParent; a != null; a = a.parent) {
            if (a == this || (id != null && id.equals(a.id))) {
                throw new DomainRefusal("refusal.space.cycle");
            }
        }
        this.parent = newParent;
        this.parentId = newParent == null ? null : newParent.id;
    }

    /** Set once, after the first flush, when the id is known. */
    void assignReference(Reference ref) {
        if (reference != null) {
            throw new IllegalStateException("Reference already assigned: " + reference);
        }
        this.reference = ref.value();
    }

    public void enableComponent(String componentKey) {
        enabledComponents.add(Objects.requireNonNull(componentKey));
    }

    public void enableOnly(Collection<String> componentKeys) {
        enabledComponents.retainAll(componentKeys);
        enabledComponents.addAll(componentKeys);
    }

    // --- state --------------------------------------------------------------------------------

    public Long id() { return id; }
    public String slug() { return slug; }
    public String title() { return title; }
    public AssemblyTexts texts() { return texts; }
    /** Never null: EclipseLink reads an embedded value whose columns are all empty as null. */
    public ParticipationScope participation() { return participation == null ? ParticipationScope.NONE : participation; }
    public Optional<AssemblyType> type() { return Optional.ofNullable(type); }
    public Optional<Assembly> parent() { return Optional.ofNullable(parent); }
    public Optional<Long> parentId() { return Optional.ofNullable(parentId); }
    public Optional<LocalDate> creationDate() { return Optional.ofNullable(creationDate); }
    public Optional<CreatedBy> createdBy() { return Optional.ofNullable(createdBy); }
    public Optional<LocalDate> duration() { return Optional.ofNullable(duration); }
    public boolean isIndefinite() { return duration == null; }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> publishedAt() { return Optional.ofNullable(publishedAt); }
    public boolean isPublished() { return publishedAt != null; }
    public boolean isPromoted() { return promoted; }
    public int weight() { return weight; }
    /** Incremented by each stored change: an editor that started from another version is out of date. */
    public long version() { return version; }
    public Optional<Reference> reference() { return Optional.ofNullable(reference).map(Reference::new); }
    public Set<String> enabledComponents() { return Collections.unmodifiableSet(enabledComponents); }

    /** Whether this space offers the component of that key. */
    public boolean enables(String componentKey) {
        return enabledComponents.contains(componentKey);
    }

    /** From the top-level space down to this space's parent. */
    public List<Assembly> ancestors() {
        List<Assembly> chain = new ArrayList<>();
        for (Assembly a = parent; a != null; a = a.parent) {
            chain.add(a);
        }
        Collections.reverse(chain);
        return chain;
    }

    /** Published, and so are all its ancestors. */
    public boolean isVisibleToPublic() {
        return isPublished() && ancestors().stream().allMatch(Assembly::isPublished);
    }

    /**
     * Identity: the same stored row (same id), or the same object before it is stored. A space's slug
     * is a URL, not its identity.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Assembly other && id != null && id.equals(other.id));
    }

    /** Constant, so that a space keeps its bucket when it is stored and receives its id. */
    @Override
    public int hashCode() {
        return Assembly.class.hashCode();
    }

    @Override
    public String toString() {
        return "Assembly[" + slug + "]";
    }
}
