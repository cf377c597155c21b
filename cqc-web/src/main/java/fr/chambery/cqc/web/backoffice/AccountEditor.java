package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.account.Account;
import fr.chambery.cqc.core.account.AccountLifecycle;
import fr.chambery.cqc.core.account.AccountAdministration;
import fr.chambery.cqc.core.account.Accounts;
import fr.chambery.cqc.core.account.ApiToken;
import fr.chambery.cqc.core.account.ApiTokens;
import fr.chambery.cqc.core.account.InvalidAccountException;
import fr.chambery.cqc.core.access.Role;
import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * One account, for administrators: its role, the spaces it moderates, a new second factor; disabling,
 * re-enabling and deleting it; its API tokens with their last use, each revocable.
 */
@Named
@ViewScoped
public class AccountEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject Accounts accounts;
    @Inject AccountAdministration administration;
    @Inject Assemblies assemblies;
    @Inject AccessGuard access;
    @Inject AccountLifecycle lifecycle;
    @Inject ApiTokens tokens;

    private Long id;
    private String email;
    private String displayName;
    private String role;
    private List<Long> chosenSpaces = new ArrayList<>();
    private String issuedSecret;
    private String issuedUri;
    private transient List<Assembly> spaceChoices;
    private transient List<ApiToken> tokenList;
    private boolean active;
    private boolean confirmDelete;

    public void load() {
        if (!access.require(Action.MANAGE_ACCOUNTS, Optional.empty())) {
            return;
        }
        Optional<Account> found = id == null ? Optional.empty() : accounts.byId(id);
        if (found.isEmpty()) {
            ErrorResponses.send(404);
            return;
        }
        Account account = found.get();
        email = account.email();
        displayName = account.displayName();
        role = account.role().name();
        chosenSpaces = new ArrayList<>(account.moderatedSpaceIds());
        active = account.isActive();
    }

    public void disable() {
        try {
            active = lifecycle.disable(access.actor(), id).isActive();
        } catch (InvalidAccountException e) {
            e.problems().forEach(problem -> Messages.error(null, RefusalMessages.text(problem)));
            return;
        }
        Messages.info("admin.account.disabled", email);
    }

    public void enable() {
        active = lifecycle.enable(access.actor(), id).isActive();
        Messages.info("admin.account.enabled", email);
    }

    public String delete() {
        if (!confirmDelete) {
            Messages.error("confirmDelete", Messages.text("admin.account.delete.confirmRequired"));
            return null;
        }
        try {
            lifecycle.delete(access.actor(), id);
        } catch (InvalidAccountException e) {
            e.problems().forEach(problem -> Messages.error(null, RefusalMessages.text(problem)));
            return null;
        }
        Messages.info("admin.account.deleted", email);
        Messages.keepForRedirect();
        return "/admin/accounts?faces-redirect=true";
    }

    public void revoke(long tokenId) {
        tokens.revoke(access.actor(), tokenId);
        tokenList = null;
        Messages.info("admin.account.tokenRevoked");
    }

    public List<ApiToken> getTokens() {
        if (tokenList == null) {
            tokenList = tokens.of(access.actor(), id);
        }
        return tokenList;
    }

    public String when(Instant instant) {
        return WHEN.format(instant.atZone(PARIS));
    }

    public String lastUse(ApiToken token) {
        return token.lastUsedAt().map(this::when).orElseGet(() -> Messages.text("admin.account.tokens.never"));
    }

    public String state(ApiToken token) {
        return token.revokedAt().map(at -> Messages.text("admin.account.tokens.revokedOn") + " " + when(at))
                .orElseGet(() -> Messages.text("admin.account.tokens.active"));
    }

    public String save() {
        try {
            administration.changeRole(access.actor(), id, Role.valueOf(role), new HashSet<>(chosenSpaces));
        } catch (InvalidAccountException e) {
            e.problems().forEach(problem -> Messages.error(null, RefusalMessages.text(problem)));
            return null;
        }
        Messages.info("admin.account.saved", email);
        Messages.keepForRedirect();
        return "/admin/accounts?faces-redirect=true";
    }

    public void resetSecondFactor() {
        issuedSecret = administration.resetSecondFactor(access.actor(), id);
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
    public boolean isActive() { return active; }
    public boolean isConfirmDelete() { return confirmDelete; }
    public void setConfirmDelete(boolean confirmDelete) { this.confirmDelete = confirmDelete; }
    public String getIssuedSecret() { return issuedSecret; }
    public String getIssuedUri() { return issuedUri; }
}
