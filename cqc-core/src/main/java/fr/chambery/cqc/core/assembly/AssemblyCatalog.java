package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.persistence.ResultPage;
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

    /** One page of the published top-level assemblies, in display order (promoted first). */
    public ResultPage<Assembly> topLevel(int page, int size) {
        return slice(new Assemblies.PublishedQuery(Optional.empty(), true, Optional.empty(), List.of()), page, size);
    }

    /**
     * One page of the visible assemblies, optionally only the sub-spaces of {@code parentSlug} and only
     * those of the type {@code typeKey}.
     */
    public ResultPage<Assembly> search(AssemblyFilter filter, int page, int size) {
        Optional<Long> parentId = filter.parentSlug().map(slug -> visible(slug)
                .orElseThrow(() -> new UnknownAssemblyException(slug)).id());
        Set<Long> hidden = parentId.isPresent() ? Set.of() : hidden();
        return slice(new Assemblies.PublishedQuery(parentId, false, filter.typeKey(), hidden), page, size);
    }

    /** The visible sub-spaces of a visible space, at any depth: one query per level below it. */
    public List<Assembly> visibleDescendantsOf(Assembly space) {
        List<Assembly> descendants = new ArrayList<>();
        List<Long> level = List.of(space.id());
        while (!level.isEmpty()) {
            List<Assembly> children = assemblies.publishedChildrenOf(level);
            descendants.addAll(children);
            level = children.stream().map(Assembly::id).toList();
        }
        return descendants;
    }

    /** How many published sub-spaces each of {@code spaces} has. */
    public Map<Long, Long> subSpaceCounts(List<Assembly> spaces) {
        return assemblies.publishedChildCounts(spaces.stream().map(Assembly::id).toList());
    }

    /** The unpublished assemblies and everything below them: few, read one level at a time. */
    private Set<Long> hidden() {
        Set<Long> hidden = new HashSet<>();
        List<Long> level = assemblies.unpublishedIds();
        while (!level.isEmpty()) {
            hidden.addAll(level);
            level = assemblies.childIdsOf(level).stream().filter(id -> !hidden.contains(id)).toList();
        }
        return hidden;
    }

    private ResultPage<Assembly> slice(Assemblies.PublishedQuery query, int page, int size) {
        int current = Math.max(1, page);
        List<Assembly> items = assemblies.publishedPage(query, (current - 1) * size, size);
        return new ResultPage<>(items, assemblies.publishedCount(query), current, size);
    }
}
