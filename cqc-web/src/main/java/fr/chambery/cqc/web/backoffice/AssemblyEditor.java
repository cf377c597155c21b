package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyAdministration;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.assembly.AssemblyType;
import fr.chambery.cqc.core.assembly.AssemblyTypes;
import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.assembly.CreatedBy;
import fr.chambery.cqc.core.assembly.ParticipationScope;
import fr.chambery.cqc.core.assembly.Slug;
import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentRegistry;
import fr.chambery.cqc.web.ui.ErrorResponses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Creating or editing a space: every field of the model, rich text through the PrimeFaces editor
 * (sanitized by the domain on save). An edit that started from an older version of the space is
 * refused with a message rather than overwriting someone else's change.
 */
@Named
@ViewScoped
public class AssemblyEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Assemblies assemblies;
    @Inject AssemblyTypes types;
    @Inject AssemblyAdministration administration;
    @Inject ComponentRegistry components;
    @Inject AccessGuard access;

    // view parameters
    private String slug;
    private String parent;

    // the form
    private boolean creating;
    private long version;
    private String newSlug, title, subtitle, shortDescription, description, purposeOfAction, composition,
            internalOrganisation, specialFeatures, announcement, scope, target, participatoryScope,
            participatoryStructure, metaScope, localArea, developerGroup, typeKey, parentSlug, createdBy;
    private LocalDate creationDate, duration;
    private boolean promoted;
    private Integer weight = 0;
    private List<String> enabledComponents = new ArrayList<>();

    // choices, read once per request (Faces asks for them several times while rendering)
    private transient List<AssemblyType> typeChoices;
    private transient List<Assembly> parentChoices;

    /** View action: loads the space to edit, or prepares a new one under {@code parent}. */
    public void load() {
        creating = slug == null || slug.isBlank();
        if (creating) {
            Optional<Assembly> under = Optional.ofNullable(parent).flatMap(assemblies::bySlug);
            if (parent != null && under.isEmpty()) {
                notFound();
                return;
            }
            if (!access.require(under.isPresent() ? Action.CREATE_SUB_SPACE : Action.CREATE_TOP_LEVEL_SPACE, under)) {
                return;
            }
            parentSlug = parent;
            return;
        }
        Optional<Assembly> found = assemblies.bySlug(slug);
        if (found.isEmpty()) {
            notFound();
            return;
        }
        Assembly a = found.get();
        if (!access.require(Action.EDIT_SPACE, found)) {
            return;
        }
        version = a.version();
        title = a.title();
        AssemblyTexts t = a.texts();
        subtitle = t.subtitle();
        shortDescription = t.shortDescription();
        description = t.description();
        purposeOfAction = t.purposeOfAction();
        composition = t.composition();
        internalOrganisation = t.internalOrganisation();
        specialFeatures = t.specialFeatures();
        announcement = t.announcement();
        ParticipationScope p = a.participation();
        scope = p.scope();
        target = p.target();
        participatoryScope = p.participatoryScope();
        participatoryStructure = p.participatoryStructure();
        metaScope = p.metaScope();
        localArea = p.localArea();
        developerGroup = p.developerGroup();
        typeKey = a.type().map(AssemblyType::key).orElse(null);
        parentSlug = a.parent().map(Assembly::slug).orElse(null);
        creationDate = a.creationDate().orElse(null);
        createdBy = a.createdBy().map(Enum::name).orElse(null);
        duration = a.duration().orElse(null);
        promoted = a.isPromoted();
        weight = a.weight();
        enabledComponents = new ArrayList<>(a.enabledComponents());
    }

    public String save() {
        if (creating) {
            try {
                Slug.require(newSlug);
            } catch (DomainRefusal refused) {
                Messages.error("newSlug", RefusalMessages.text(refused));
                return null;
            }
        }
        if (creating && assemblies.bySlug(newSlug).isPresent()) {
            Messages.error("newSlug", Messages.text("admin.editor.slug.taken"));
            return null;
        }
        if (!creating && parentSlug != null && !parentSlug.equals(currentParentSlug()) && wouldCycle()) {
            Messages.error("parent", Messages.text("admin.editor.parent.cycle"));
            return null;
        }
        try {
            String target;
            if (creating) {
                Assembly created = administration.create(access.actor(),
                        new Assembly(newSlug, title, texts(), Instant.now()), Optional.ofNullable(emptyToNull(parentSlug)));
                target = created.slug();
                version = assemblies.bySlug(target).orElseThrow().version();
            } else {
                target = slug;
                if (!Objects.equals(emptyToNull(parentSlug), currentParentSlug())) {
                    administration.move(access.actor(), slug, Optional.ofNullable(emptyToNull(parentSlug)));
                    version = assemblies.bySlug(slug).orElseThrow().version();
                }
            }
            Optional<AssemblyType> type = Optional.ofNullable(emptyToNull(typeKey)).flatMap(types::byKey);
            Set<String> chosen = new HashSet<>(enabledComponents);
            administration.update(access.actor(), target, version, a -> {
                a.retitle(title);
                a.describe(texts());
                a.defineParticipation(new ParticipationScope(scope, this.target, participatoryScope,
                        participatoryStructure, metaScope, localArea, developerGroup));
                a.classifyAs(type.orElse(null));
                a.recordCreation(creationDate, createdBy == null || createdBy.isBlank() ? null : CreatedBy.valueOf(createdBy));
                a.lastUntil(duration);
                a.promote(promoted);
                a.placeAt(weight == null ? 0 : weight);
                a.enableOnly(chosen);
            });
            Messages.info(creating ? "admin.editor.created" : "admin.editor.saved", title);
            Messages.keepForRedirect();
            return "/admin/index?faces-redirect=true";
        } catch (ConcurrentEditException | OptimisticLockException e) {
            Messages.error(null, Messages.text("admin.editor.concurrent"));
            return null;
        } catch (DomainRefusal e) {
            Messages.error(null, Messages.text("admin.editor.invalid", RefusalMessages.text(e)));
            return null;
        }
    }

    private AssemblyTexts texts() {
        return AssemblyTexts.builder().subtitle(subtitle).shortDescription(shortDescription).description(description)
                .purposeOfAction(purposeOfAction).composition(composition).internalOrganisation(internalOrganisation)
                .specialFeatures(specialFeatures).announcement(announcement).build();
    }

    private String currentParentSlug() {
        return assemblies.bySlug(slug).flatMap(Assembly::parent).map(Assembly::slug).orElse(null);
    }

    private boolean wouldCycle() {
        Optional<Assembly> newParent = assemblies.bySlug(parentSlug);
        return newParent.isPresent() && (newParent.get().slug().equals(slug)
                || newParent.get().ancestors().stream().anyMatch(a -> a.slug().equals(slug)));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void notFound() {
        ErrorResponses.send(404);
    }

    // --- choices offered by the form -----------------------------------------------------------

    public List<AssemblyType> getTypes() {
        if (typeChoices == null) {
            typeChoices = types.all();
        }
        return typeChoices;
    }

    /** Spaces that may become the parent: not this one, nor one of its sub-spaces. */
    public List<Assembly> getParents() {
        if (parentChoices == null) {
            parentChoices = assemblies.all().stream()
                    .filter(a -> creating || (!a.slug().equals(slug) && a.ancestors().stream().noneMatch(x -> x.slug().equals(slug))))
                    .toList();
        }
        return parentChoices;
    }

    public List<ComponentDescriptor> getComponents() {
        return components.all();
    }

    public CreatedBy[] getCreators() {
        return CreatedBy.values();
    }

    // --- accessors -------------------------------------------------------------------------------

    public boolean isCreating() { return creating; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getParent() { return parent; }
    public void setParent(String parent) { this.parent = parent; }
    public String getNewSlug() { return newSlug; }
    public void setNewSlug(String newSlug) { this.newSlug = newSlug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSubtitle() { return subtitle; }
    public void setSubtitle(String subtitle) { this.subtitle = subtitle; }
    public String getShortDescription() { return shortDescription; }
    public void setShortDescription(String v) { this.shortDescription = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public String getPurposeOfAction() { return purposeOfAction; }
    public void setPurposeOfAction(String v) { this.purposeOfAction = v; }
    public String getComposition() { return composition; }
    public void setComposition(String v) { this.composition = v; }
    public String getInternalOrganisation() { return internalOrganisation; }
    public void setInternalOrganisation(String v) { this.internalOrganisation = v; }
    public String getSpecialFeatures() { return specialFeatures; }
    public void setSpecialFeatures(String v) { this.specialFeatures = v; }
    public String getAnnouncement() { return announcement; }
    public void setAnnouncement(String v) { this.announcement = v; }
    public String getScope() { return scope; }
    public void setScope(String v) { this.scope = v; }
    public String getTarget() { return target; }
    public void setTarget(String v) { this.target = v; }
    public String getParticipatoryScope() { return participatoryScope; }
    public void setParticipatoryScope(String v) { this.participatoryScope = v; }
    public String getParticipatoryStructure() { return participatoryStructure; }
    public void setParticipatoryStructure(String v) { this.participatoryStructure = v; }
    public String getMetaScope() { return metaScope; }
    public void setMetaScope(String v) { this.metaScope = v; }
    public String getLocalArea() { return localArea; }
    public void setLocalArea(String v) { this.localArea = v; }
    public String getDeveloperGroup() { return developerGroup; }
    public void setDeveloperGroup(String v) { this.developerGroup = v; }
    public String getTypeKey() { return typeKey; }
    public void setTypeKey(String v) { this.typeKey = v; }
    public String getParentSlug() { return parentSlug; }
    public void setParentSlug(String v) { this.parentSlug = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { this.createdBy = v; }
    public LocalDate getCreationDate() { return creationDate; }
    public void setCreationDate(LocalDate v) { this.creationDate = v; }
    public LocalDate getDuration() { return duration; }
    public void setDuration(LocalDate v) { this.duration = v; }
    public boolean isPromoted() { return promoted; }
    public void setPromoted(boolean v) { this.promoted = v; }
    public Integer getWeight() { return weight; }
    public void setWeight(Integer v) { this.weight = v; }
    public List<String> getEnabledComponents() { return enabledComponents; }
    public void setEnabledComponents(List<String> v) { this.enabledComponents = v; }
}
