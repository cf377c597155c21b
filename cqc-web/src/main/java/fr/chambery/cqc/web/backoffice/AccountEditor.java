package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.account.Account;
import fr.chambery.cqc.core.account.Accounts;
import fr.chambery.cqc.core.account.InvalidAccountException;
import fr.chambery.cqc.core.account.Role;
import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.web.ui.ErrorResponses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** One account, for administrators: its role, the spaces it moderates, a new second factor. */
@Named
@ViewScoped
public class AccountEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject transient Accounts accounts;
    @Inject transient Assemblies assemblies;
    @Inject transient AccessGuard access;

    private Long id;
    private String email;
    private String displayName;
    private String role;
    private List<Long> chosenSpaces = new ArrayList<>();
    private String issuedSecret;
    private String issuedUri;
    private transient List<Assembly> spaceChoices;

    public void load() {
        if (!access.require(Action.MANAGE_ACCOUNTS, Optional.empty())) {
            return;
        }
        Optional<Account> found = id == null ? Optional.empty() : accounts.byId(id);
        if (found.isEmpty()) {
            ErrorResponses.send(404, "Compte introuvable");
            return;
        }
        Account account = found.get();
        email = account.email();
        displayName = account.displayName();
        role = account.role().name();
        chosenSpaces = new ArrayList<>(account.moderatedSpaceIds());
    }

    public String save() {
        try {
            accounts.changeRole(access.actor(), id, Role.valueOf(role), new HashSet<>(chosenSpaces));
        } catch (InvalidAccountException e) {
            e.problems().forEach(problem -> Messages.error(null, problem));
            return null;
        }
        Messages.info("admin.account.saved", email);
        Messages.keepForRedirect();
        return "/admin/accounts?faces-redirect=true";
    }

    public void resetSecondFactor() {
        issuedSecret = accounts.resetSecondFactor(access.actor(), id);
        issuedUri = SecondFactor.provisioningUri("CQC Chambéry", email, issuedSecret);
        Messages.info("admin.account.secondFactorReset", email);
    }

    public List<Assembly> getSpaces() {
        if (spaceChoices == null) {
            spaceChoices = assemblies.all();
        }
        return spaceChoices;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public List<Long> getChosenSpaces() { return chosenSpaces; }
    public void setChosenSpaces(List<Long> chosenSpaces) { this.chosenSpaces = chosenSpaces; }
    public String getIssuedSecret() { return issuedSecret; }
    public String getIssuedUri() { return issuedUri; }
}
