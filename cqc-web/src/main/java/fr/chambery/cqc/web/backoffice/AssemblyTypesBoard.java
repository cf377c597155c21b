package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.assembly.AssemblyType;
import fr.chambery.cqc.core.assembly.AssemblyTypes;
import fr.chambery.cqc.core.assembly.Slug;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The managed list of assembly types (« Type d'assemblée »): add one, rename one. */
@Named
@RequestScoped
public class AssemblyTypesBoard {

    @Inject
    AssemblyTypes types;

    @Inject
    AccessGuard access;

    private String key;
    private String title;
    private Map<String, String> renames;

    public void open() {
        access.require(Action.MANAGE_ASSEMBLY_TYPES, Optional.empty());
    }

    public List<AssemblyType> getTypes() {
        return types.all();
    }

    public String add() {
        if (!Slug.isValid(key)) {
            Messages.error("typeKey", Messages.text("admin.types.key.invalid"));
            return null;
        }
        if (types.byKey(key).isPresent()) {
            Messages.error("typeKey", Messages.text("admin.types.key.taken"));
            return null;
        }
        types.add(access.actor(), new AssemblyType(key, title));
        Messages.info("admin.types.added", title);
        Messages.keepForRedirect();
        return "/admin/types?faces-redirect=true";
    }

    /** The table's name fields, one per type, filled with the current names. */
    public Map<String, String> getRenames() {
        if (renames == null) {
            renames = new HashMap<>();
            types.all().forEach(t -> renames.put(t.key(), t.title()));
        }
        return renames;
    }

    /** Renames a type to what its field in the table says. */
    public String rename(String typeKey) {
        String newTitle = getRenames().get(typeKey);
        if (newTitle == null || newTitle.isBlank()) {
            Messages.error(null, Messages.text("admin.types.name.required"));
            return null;
        }
        types.rename(access.actor(), typeKey, newTitle);
        Messages.info("admin.types.renamed", newTitle);
        Messages.keepForRedirect();
        return "/admin/types?faces-redirect=true";
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
