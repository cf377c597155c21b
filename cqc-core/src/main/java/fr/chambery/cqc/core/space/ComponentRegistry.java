package fr.chambery.cqc.core.space;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@link ComponentType} deployed, by key. Start-up fails on two components with the same key.
 */
@ApplicationScoped
public class ComponentRegistry {

    private Map<String, ComponentDescriptor> byKey;

    @Inject
    @Any
    Instance<ComponentType> components;

    protected ComponentRegistry() {
    }

    /** For tests and tools outside CDI. */
    public ComponentRegistry(Collection<? extends ComponentType> components) {
        this.byKey = index(components);
    }

    @PostConstruct
    void discover() {
        byKey = index(components.stream().toList());
    }

    private static Map<String, ComponentDescriptor> index(Collection<? extends ComponentType> components) {
        Map<String, ComponentDescriptor> index = new LinkedHashMap<>();
        components.stream()
                .map(ComponentType::descriptor)
                .sorted(Comparator.comparingInt(ComponentDescriptor::weight).thenComparing(ComponentDescriptor::key))
                .forEach(descriptor -> {
                    if (index.putIfAbsent(descriptor.key(), descriptor) != null) {
                        throw new IllegalStateException("Two components declare the key '" + descriptor.key() + "'");
                    }
                });
        return index;
    }

    public Optional<ComponentDescriptor> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<ComponentDescriptor> all() {
        return List.copyOf(byKey.values());
    }

    /** The components that have a back-office page, in display order: the links of a space's row. */
    public List<ComponentDescriptor> administered() {
        return byKey.values().stream().filter(d -> d.backOffice().isPresent()).toList();
    }

    /**
     * The deployed components among {@code enabledKeys}, in display order; unknown keys (a component
     * whose module is gone) are left out.
     */
    public List<ComponentDescriptor> deployedAmong(Collection<String> enabledKeys) {
        return byKey.values().stream().filter(d -> enabledKeys.contains(d.key())).toList();
    }
}
