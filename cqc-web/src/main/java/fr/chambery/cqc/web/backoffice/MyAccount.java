package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.account.CredentialsRefused;
import fr.chambery.cqc.core.account.OwnCredentials;
import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * « Mon compte », for every staff member: change one's password (the current one and a code of the
 * second factor), and renew one's second factor (a new secret shown once, which replaces the old only
 * once a code of it is given, with the current password).
 */
@Named
@ViewScoped
public class MyAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each refused field's reasons go: the inputs' client ids on the page. */
    private static final Map<CredentialsRefused.Field, String> PASSWORD_FIELDS = Map.of(
            CredentialsRefused.Field.CURRENT_PASSWORD, "currentPassword",
            CredentialsRefused.Field.NEW_PASSWORD, "newPassword",
            CredentialsRefused.Field.CODE, "code");
    private static final Map<CredentialsRefused.Field, String> FACTOR_FIELDS = Map.of(
            CredentialsRefused.Field.CURRENT_PASSWORD, "factorPassword",
            CredentialsRefused.Field.CODE, "factorCode");

    @Inject OwnCredentials credentials;
    @Inject AccessGuard access;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private String code;

    private String pendingSecret;
    private String factorPassword;
    private String factorCode;

    public void open() {
        access.require(Action.MANAGE_OWN_ACCOUNT, Optional.empty());
    }

    public void changePassword() {
        if (newPassword != null && !newPassword.equals(confirmation)) {
            Messages.error("confirmation", Messages.text("me.password.mismatch"));
            return;
        }
        try {
            credentials.changePassword(access.actor(), currentPassword, newPassword, code);
        } catch (CredentialsRefused e) {
            show(e, PASSWORD_FIELDS);
            return;
        }
        currentPassword = newPassword = confirmation = code = null;
        Messages.info("me.password.changed");
    }

    /** Prepares a new secret, shown until it is confirmed; the old one works meanwhile. */
    public void prepareSecondFactor() {
        pendingSecret = SecondFactor.newSecret();
    }

    public void confirmSecondFactor() {
        try {
            credentials.renewSecondFactor(access.actor(), factorPassword, pendingSecret, factorCode);
        } catch (CredentialsRefused e) {
            show(e, FACTOR_FIELDS);
            return;
        }
        pendingSecret = factorPassword = factorCode = null;
        Messages.info("me.factor.renewed");
    }

    public void cancelSecondFactor() {
        pendingSecret = factorPassword = factorCode = null;
    }

    private static void show(CredentialsRefused refusal, Map<CredentialsRefused.Field, String> fields) {
        refusal.problems().forEach((field, problems) -> problems.forEach(problem -> Messages.error(fields.get(field), RefusalMessages.text(problem))));
    }

    public String getPendingUri() {
        return pendingSecret == null ? null : SecondFactor.provisioningUri("CQC Chambéry", access.actor().name(), pendingSecret);
    }

    public String getPendingSecret() { return pendingSecret; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getFactorPassword() { return factorPassword; }
    public void setFactorPassword(String factorPassword) { this.factorPassword = factorPassword; }
    public String getFactorCode() { return factorCode; }
    public void setFactorCode(String factorCode) { this.factorCode = factorCode; }
}
