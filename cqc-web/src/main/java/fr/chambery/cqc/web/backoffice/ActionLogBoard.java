package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.ActionLogEntry;
import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The action log, for administrators: the newest changes first, filtered by who, what and when. */
@Named
@RequestScoped
public class ActionLogBoard {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int LIMIT = 200;

    @Inject
    ActionLog log;

    @Inject
    @Any
    Instance<LoggedResources> features;

    @Inject
    AccessGuard access;

    private String actor;
    private String resourceType;
    private LocalDate from;
    private LocalDate to;
    private List<ActionLogEntry> entries;
    private List<String> resourceTypes;

    public void open() {
        access.require(Action.READ_ACTION_LOG, Optional.empty());
    }

    public List<ActionLogEntry> getEntries() {
        if (entries == null) {
            entries = log.search(Optional.ofNullable(actor).filter(s -> !s.isBlank()),
                    Optional.ofNullable(resourceType).filter(s -> !s.isBlank()),
                    Optional.ofNullable(from).map(d -> d.atStartOfDay(PARIS).toInstant()),
                    Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(PARIS).toInstant()), LIMIT);
        }
        return entries;
    }

    /**
     * The kinds of resource the log records, offered by the filter: each named by {@code admin.log.type.<key>},
     * in the alphabetical order of those names in the visitor's language.
     */
    public List<String> getResourceTypes() {
        if (resourceTypes == null) {
            Collator collator = Collator.getInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            resourceTypes = resourceTypes(features.stream().toList()).stream()
                    .sorted(Comparator.comparing((String key) -> Messages.text("admin.log.type." + key), collator))
                    .toList();
        }
        return resourceTypes;
    }

    /** The keys of every deployed feature's logged resource types. */
    static List<String> resourceTypes(Collection<? extends LoggedResources> features) {
        return features.stream().flatMap(f -> f.resourceTypes().stream()).map(ResourceType::key).distinct().toList();
    }

    public String when(ActionLogEntry entry) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").format(entry.at().atZone(PARIS));
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getResourceType() { return resourceType; }
    public void setResourceType(String resourceType) { this.resourceType = resourceType; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
