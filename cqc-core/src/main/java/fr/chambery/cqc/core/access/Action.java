package fr.chambery.cqc.core.access;

/** What someone may ask to do in the back office or through the API's write endpoints. */
public enum Action {
    /** Open the back office at all. */
    ENTER_BACK_OFFICE,
    /** Create a space at the top level. */
    CREATE_TOP_LEVEL_SPACE,
    /** Create a sub-space under a given space. */
    CREATE_SUB_SPACE,
    /** Edit a space's fields, order and components. */
    EDIT_SPACE,
    /** Publish or unpublish a space. */
    PUBLISH_SPACE,
    /** Move a space under another parent (needs the right on both). */
    MOVE_SPACE,
    /** Manage the list of assembly types. */
    MANAGE_ASSEMBLY_TYPES,
    /**
     * Create accounts, give roles, assign spaces, disable, re-enable and delete accounts, issue, list and
     * revoke API tokens.
     */
    MANAGE_ACCOUNTS,
    /** Change one's own password and renew one's own second factor. */
    MANAGE_OWN_ACCOUNT,
    /** Browse the action log. */
    READ_ACTION_LOG,
    /** Start the association directory sync and read its runs' reports. */
    RUN_DIRECTORY_SYNC
}
