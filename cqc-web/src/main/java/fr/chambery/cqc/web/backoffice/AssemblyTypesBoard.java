package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.assembly.AssemblyType;
import fr.chambery.cqc.core.assembly.AssemblyTypes;
import fr.chambery.cqc.core.assembly.Slug;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
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

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
