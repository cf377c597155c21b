package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.account.Account;
import fr.chambery.cqc.core.account.AccountAdministration;
import fr.chambery.cqc.core.account.Accounts;
import fr.chambery.cqc.core.account.ApiTokens;
import fr.chambery.cqc.core.account.InvalidAccountException;
import fr.chambery.cqc.core.access.Role;
import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Accounts and roles, for administrators: create an account (a staff account gets its TOTP secret,
 * shown once to be read into an authenticator app), and issue API tokens (shown once too).
 */
@Named
@RequestScoped
public class AccountsBoard {

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    ApiTokens tokens;

    @Inject
    Assemblies assemblies;

    @Inject
    AccessGuard access;

    private String email;
    private String displayName;
    private String role = Role.MODERATEUR.name();
    private String password;
    private List<Long> spaces = new ArrayList<>();

    private List<Account> accountList;
    private List<Assembly> spaceList;

    private String issuedSecret;
    private String issuedUri;
    private String issuedToken;

    public void open() {
        access.require(Action.MANAGE_ACCOUNTS, Optional.empty());
    }

    public List<Account> getAccounts() {
        if (accountList == null) {
            accountList = accounts.all();
        }
        return accountList;
    }

    public List<Assembly> getSpaces() {
        if (spaceList == null) {
            spaceList = assemblies.all();
        }
        return spaceList;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void create() {
        Role chosen = Role.valueOf(role);
        String secret = chosen.isStaff() ? SecondFactor.newSecret() : null;
        try {
            administration.create(access.actor(), email, displayName, chosen, password, secret, new HashSet<>(spaces));
        } catch (InvalidAccountException e) {
            e.problems().forEach(problem -> Messages.error(null, RefusalMessages.text(problem)));
            return;
        }
        Messages.info("admin.accounts.created", email);
        accountList = null;
        if (secret != null) {
            issuedSecret = secret;
            issuedUri = SecondFactor.provisioningUri("CQC Chambéry", email, secret);
        }
        email = displayName = password = null;
        spaces = new ArrayList<>();
    }

    public void issueToken(String accountEmail) {
        issuedToken = tokens.issue(access.actor(), accountEmail, "API");
        Messages.info("admin.accounts.tokenIssued", accountEmail);
    }

    public String spaceTitles(Account account) {
        if (account.role() != Role.MODERATEUR) {
            return "";
        }
        if (account.moderatedSpaceIds().isEmpty()) {
            return Messages.text("admin.accounts.allSpaces");
        }
        return getSpaces().stream().filter(a -> account.moderatedSpaceIds().contains(a.id()))
                .map(Assembly::title).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<Long> getChosenSpaces() { return spaces; }
    public void setChosenSpaces(List<Long> spaces) { this.spaces = spaces; }
    public String getIssuedSecret() { return issuedSecret; }
    public String getIssuedUri() { return issuedUri; }
    public String getIssuedToken() { return issuedToken; }
}
