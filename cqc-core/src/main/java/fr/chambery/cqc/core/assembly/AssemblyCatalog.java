package fr.chambery.cqc.core.assembly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the public may see of the assemblies: published spaces whose ancestors are published too.
 */
@ApplicationScoped
public class AssemblyCatalog {

    @Inject
    Assemblies assemblies;

    /** A visible space by its slug; empty for an unknown, malformed or unpublished one. */
    public Optional<Assembly> visible(String slug) {
        if (!Slug.isValid(slug)) {
            return Optional.empty();
        }
        return assemblies.bySlug(slug).filter(Assembly::isVisibleToPublic);
    }

    /** The published sub-spaces of a visible space, in display order. */
    public List<Assembly> subSpacesOf(Assembly space) {
        return assemblies.publishedChildrenOf(space);
    }

    /** Published top-level assemblies, in display order (promoted first). */
    public List<Assembly> topLevel() {
        return allVisible().stream()
                .filter(a -> a.parentId().isEmpty())
                .sorted((a, b) -> Boolean.compare(b.isPromoted(), a.isPromoted()))
                .toList();
    }

    /**
     * Every visible assembly, optionally only the sub-spaces of {@code parentSlug} and only those of the
     * type {@code typeKey}.
     */
    public List<Assembly> search(AssemblyFilter filter) {
        List<Assembly> visible = allVisible();
        Optional<Long> parentId = filter.parentSlug().map(slug -> visible.stream()
                .filter(a -> a.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new UnknownAssemblyException(slug)).id());
        return visible.stream()
                .filter(a -> parentId.isEmpty() || parentId.equals(a.parentId()))
                .filter(a -> filter.typeKey().isEmpty()
                        || a.type().map(AssemblyType::key).equals(filter.typeKey()))
                .toList();
    }

    /** The visible sub-spaces of a visible space, at any depth. */
    public List<Assembly> visibleDescendantsOf(Assembly space) {
        List<Assembly> visible = allVisible();
        Set<Long> inside = new HashSet<>(Set.of(space.id()));
        List<Assembly> descendants = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Assembly a : visible) {
                if (!inside.contains(a.id()) && a.parentId().map(inside::contains).orElse(false)) {
                    inside.add(a.id());
                    descendants.add(a);
                    progress = true;
                }
            }
        }
        return descendants;
    }

    /** How many published sub-spaces each of {@code spaces} has. */
    public Map<Long, Long> subSpaceCounts(List<Assembly> spaces) {
        return assemblies.publishedChildCounts(spaces.stream().map(Assembly::id).toList());
    }

    /** Published assemblies whose whole chain of parents is published, in display order. */
    private List<Assembly> allVisible() {
        List<Assembly> published = assemblies.published();
        Set<Long> visibleIds = new HashSet<>();
        List<Assembly> pending = new ArrayList<>(published);
        boolean progress = true;
        while (progress) {
            progress = pending.removeIf(a -> {
                boolean visible = a.parentId().map(visibleIds::contains).orElse(true);
                if (visible) {
                    visibleIds.add(a.id());
                }
                return visible;
            });
        }
        return published.stream().filter(a -> visibleIds.contains(a.id())).toList();
    }
}
