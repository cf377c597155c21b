package fr.chambery.cqc.core.access;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.space.ComponentAction;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermissionsTest {

    private final Assembly cqc = space("cqc", 1L, null);
    private final Assembly bissy = space("bissy", 2L, cqc);
    private final Assembly groupe = space("groupe-mobilites", 3L, bissy);
    private final Assembly bellevue = space("bellevue", 4L, cqc);

    private static Actor actor(Role role, Long... spaces) {
        return new Actor(Optional.of(role.name().toLowerCase() + "@example.org"), Optional.of(role), Set.of(spaces));
    }

    @Test
    void anAdministratorMayDoEverything() {
        Actor admin = actor(Role.ADMINISTRATEUR);
        for (Action action : Action.values()) {
            assertThat(Permissions.can(admin, action, Optional.of(bissy))).as(action.name()).isTrue();
        }
    }

    @Test
    void citizensAndAnonymousVisitorsMayDoNothingHere() {
        for (Actor actor : new Actor[]{Actor.ANONYMOUS, actor(Role.CITOYEN)}) {
            for (Action action : Action.values()) {
                assertThat(Permissions.can(actor, action, Optional.of(bissy))).as(actor + " " + action).isFalse();
            }
        }
    }

    @Test
    void aModeratorOfOneCouncilModeratesItAndItsSubSpacesOnly() {
        Actor moderator = actor(Role.MODERATEUR, 2L);
        for (Action action : EnumSet.of(Action.EDIT_SPACE, Action.PUBLISH_SPACE, Action.CREATE_SUB_SPACE, Action.MOVE_SPACE)) {
            assertThat(Permissions.can(moderator, action, Optional.of(bissy))).as(action + " bissy").isTrue();
            assertThat(Permissions.can(moderator, action, Optional.of(groupe))).as(action + " its sub-space").isTrue();
            assertThat(Permissions.can(moderator, action, Optional.of(bellevue))).as(action + " another council").isFalse();
            assertThat(Permissions.can(moderator, action, Optional.of(cqc))).as(action + " the parent").isFalse();
            assertThat(Permissions.can(moderator, action)).as(action + " without a space").isFalse();
        }
        assertThat(Permissions.can(moderator, Action.ENTER_BACK_OFFICE)).isTrue();
        for (Action action : EnumSet.of(Action.CREATE_TOP_LEVEL_SPACE, Action.MANAGE_ASSEMBLY_TYPES, Action.MANAGE_ACCOUNTS, Action.READ_ACTION_LOG)) {
            assertThat(Permissions.can(moderator, action, Optional.of(bissy))).as(action.name()).isFalse();
        }
    }

    @Test
    void aModeratorOfEverySpaceMayAlsoCreateAssembliesAndTypesButNotAccounts() {
        Actor moderator = actor(Role.MODERATEUR);
        assertThat(Permissions.can(moderator, Action.EDIT_SPACE, Optional.of(bellevue))).isTrue();
        assertThat(Permissions.can(moderator, Action.CREATE_TOP_LEVEL_SPACE)).isTrue();
        assertThat(Permissions.can(moderator, Action.MANAGE_ASSEMBLY_TYPES)).isTrue();
        assertThat(Permissions.can(moderator, Action.MANAGE_ACCOUNTS)).isFalse();
        assertThat(Permissions.can(moderator, Action.READ_ACTION_LOG)).isFalse();
    }

    @Test
    void everyStaffMemberMayManageTheirOwnAccountButOnlyAnAdministratorManagesOthers() {
        for (Actor staff : new Actor[]{actor(Role.ADMINISTRATEUR), actor(Role.MODERATEUR), actor(Role.MODERATEUR, 2L)}) {
            assertThat(Permissions.can(staff, Action.MANAGE_OWN_ACCOUNT)).as(staff.toString()).isTrue();
        }
        assertThat(Permissions.can(actor(Role.MODERATEUR), Action.MANAGE_ACCOUNTS)).isFalse();
        assertThat(Permissions.can(actor(Role.CITOYEN), Action.MANAGE_OWN_ACCOUNT)).as("no back office for citizens").isFalse();
        assertThat(Permissions.can(Actor.ANONYMOUS, Action.MANAGE_OWN_ACCOUNT)).isFalse();
    }

    @Test
    void requireThrowsAndSaysWhetherTheCallerWasAnonymous() {
        assertThatThrownBy(() -> Permissions.require(Actor.ANONYMOUS, Action.EDIT_SPACE, Optional.of(bissy)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.isAnonymous()).isTrue());
        assertThatThrownBy(() -> Permissions.require(actor(Role.CITOYEN), Action.EDIT_SPACE, Optional.of(bissy)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.isAnonymous()).isFalse());
    }

    // --- a component's own actions, as the fabrique citoyenne's would be declared --------------------

    private static final ComponentAction PROPOSE = new ComponentAction("proposals", "propose", ComponentAction.Grantee.SIGNED_IN);
    private static final ComponentAction ANSWER = new ComponentAction("proposals", "answer", ComponentAction.Grantee.SPACE_MODERATORS);

    @Test
    void aComponentsActionGrantedToTheSignedInIsOpenToEveryAccountButNotToAnonymousVisitors() {
        bissy.enableComponent("proposals");
        for (Role role : Role.values()) {
            assertThat(Permissions.can(actor(role), PROPOSE, bissy)).as(role.name()).isTrue();
        }
        assertThat(Permissions.can(actor(Role.MODERATEUR, 4L), PROPOSE, bissy)).as("a moderator of another council").isTrue();
        assertThat(Permissions.can(Actor.ANONYMOUS, PROPOSE, bissy)).isFalse();
    }

    @Test
    void aComponentsActionGrantedToModeratorsFollowsTheSpacesModeration() {
        bissy.enableComponent("proposals");
        groupe.enableComponent("proposals");
        bellevue.enableComponent("proposals");
        Actor moderator = actor(Role.MODERATEUR, 2L);
        assertThat(Permissions.can(moderator, ANSWER, bissy)).isTrue();
        assertThat(Permissions.can(moderator, ANSWER, groupe)).as("its sub-space").isTrue();
        assertThat(Permissions.can(moderator, ANSWER, bellevue)).as("another council").isFalse();
        assertThat(Permissions.can(actor(Role.ADMINISTRATEUR), ANSWER, bellevue)).isTrue();
        assertThat(Permissions.can(actor(Role.CITOYEN), ANSWER, bissy)).isFalse();
        assertThat(Permissions.can(Actor.ANONYMOUS, ANSWER, bissy)).isFalse();
    }

    private static final ComponentAction SUPPORT = new ComponentAction("proposals", "support", ComponentAction.Grantee.SPACE_MEMBERS);

    @Test
    void aComponentsActionGrantedToMembersIsOpenOnlyToTheConfirmedMembersOfThatCouncil() {
        bissy.enableComponent("proposals");
        bellevue.enableComponent("proposals");
        Actor member = Actor.member("habitante@example.org", Set.of(2L));
        assertThat(Permissions.can(member, SUPPORT, bissy)).isTrue();
        assertThat(Permissions.can(member, SUPPORT, bellevue)).as("a member of another council").isFalse();
        assertThat(Permissions.can(Actor.member("nouvelle@example.org", Set.of()), SUPPORT, bissy)).as("a member of no council").isFalse();
        assertThat(Permissions.can(actor(Role.ADMINISTRATEUR), SUPPORT, bissy)).as("staff are not members").isFalse();
        assertThat(Permissions.can(actor(Role.MODERATEUR, 2L), SUPPORT, bissy)).isFalse();
        assertThat(Permissions.can(Actor.ANONYMOUS, SUPPORT, bissy)).isFalse();
        assertThat(Permissions.can(member, PROPOSE, bellevue)).as("signed in, any council").isTrue();
        for (Action action : Action.values()) {
            assertThat(Permissions.can(member, action, Optional.of(bissy))).as("no back office: " + action).isFalse();
        }
    }

    @Test
    void aComponentsActionIsRefusedToEveryoneOnASpaceThatDoesNotEnableTheComponent() {
        for (ComponentAction action : new ComponentAction[]{PROPOSE, ANSWER}) {
            assertThat(Permissions.can(actor(Role.ADMINISTRATEUR), action, bellevue)).as(action.toString()).isFalse();
            assertThat(Permissions.can(actor(Role.CITOYEN), action, bellevue)).as(action.toString()).isFalse();
        }
        assertThatThrownBy(() -> Permissions.require(actor(Role.CITOYEN), PROPOSE, bellevue))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e).hasMessageContaining("proposals:propose"));
    }

    private static Assembly space(String slug, long id, Assembly parent) {
        Assembly space = new Assembly(slug, slug, AssemblyTexts.builder().subtitle(slug).build(), Instant.now());
        space.moveUnder(parent);
        try {
            Field field = Assembly.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(space, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return space;
    }
}
