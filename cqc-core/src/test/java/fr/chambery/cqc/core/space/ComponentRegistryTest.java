package fr.chambery.cqc.core.space;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ComponentRegistryTest {

    private static ComponentType component(String key, int weight) {
        return () -> new ComponentDescriptor(key, "component." + key, weight);
    }

    @Test
    void listsTheDeployedComponentsASpaceEnablesInDisplayOrderAndIgnoresUnknownKeys() {
        ComponentRegistry registry = new ComponentRegistry(List.of(component("documents", 30), component("meetings", 20),
                component("interlocutors", 90)));

        assertThat(registry.deployedAmong(Set.of("interlocutors", "meetings", "removed-module")))
                .extracting(ComponentDescriptor::key)
                .containsExactly("meetings", "interlocutors");
    }

    @Test
    void listsTheComponentsWithABackOfficePageInDisplayOrder() {
        ComponentType proposals = () -> new ComponentDescriptor("proposals", "component.proposals", 50)
                .administeredAt("admin/proposals", "component.proposals");
        ComponentType meetings = () -> new ComponentDescriptor("meetings", "component.meetings", 20)
                .administeredAt("admin/meetings", "component.meetings");
        ComponentRegistry registry = new ComponentRegistry(List.of(proposals, component("interlocutors", 90), meetings));

        assertThat(registry.administered()).extracting(d -> d.backOffice().orElseThrow().page())
                .containsExactly("admin/meetings", "admin/proposals");
    }

    @Test
    void refusesABackOfficePageOutsideTheBackOffice() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ComponentDescriptor("meetings", "x", 0).administeredAt("https://ailleurs.example/admin", "x"));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ComponentDescriptor("meetings", "x", 0).administeredAt("admin/../login", "x"));
    }

    @Test
    void aComponentDeclaresItsOwnActionsOnly() {
        ComponentAction propose = new ComponentAction("proposals", "propose", ComponentAction.Grantee.SIGNED_IN);
        assertThat(new ComponentDescriptor("proposals", "component.proposals", 50).withActions(propose).actions()).containsExactly(propose);
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ComponentDescriptor("meetings", "component.meetings", 20).withActions(propose));
    }

    @Test
    void refusesTwoComponentsWithTheSameKey() {
        assertThatIllegalStateException().isThrownBy(() ->
                new ComponentRegistry(List.of(component("meetings", 1), component("meetings", 2))));
    }

    @Test
    void refusesAMalformedKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ComponentDescriptor("Meetings!", "x", 0));
    }
}
