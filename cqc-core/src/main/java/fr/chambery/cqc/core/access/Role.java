package fr.chambery.cqc.core.access;

/**
 * What an account may do. The names are the security groups the web module checks.
 */
public enum Role {
    /** Everything, accounts included. */
    ADMINISTRATEUR,
    /** The content of all spaces, or only of the spaces assigned to the account. */
    MODERATEUR,
    /** A signed-in citizen: no back office. */
    CITOYEN;

    /** Staff accounts reach the back office and need a second factor and a longer password. */
    public boolean isStaff() {
        return this != CITOYEN;
    }
}
