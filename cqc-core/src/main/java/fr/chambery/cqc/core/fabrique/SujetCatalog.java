package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the public sees of the subjects: those of a visible space enabling the fabrique and of its visible
 * sub-spaces (an assembly shows its councils'), hidden ones left out of every list.
 */
@ApplicationScoped
public class SujetCatalog {

    @Inject
    AssemblyCatalog spaces;

    @Inject
    Sujets sujets;

    @Inject
    Assemblies assemblies;

    /** A space's subject scope: itself and its visible sub-spaces that enable the fabrique, by id. */
    public Map<Long, Assembly> scopeOf(Assembly space) {
        Map<Long, Assembly> scope = new LinkedHashMap<>();
        Stream.concat(Stream.of(space), spaces.visibleDescendantsOf(space).stream())
                .filter(s -> s.enables(FabriqueComponent.KEY))
                .forEach(s -> scope.put(s.id(), s));
        return scope;
    }

    public ResultPage<Sujet> search(Collection<Long> scope, Optional<EtatSujet> state, Optional<Theme> theme, int page, int size) {
        return sujets.search(scope, state, theme, page, size);
    }

    /** A subject of the scope, hidden or not (its page then shows only the moderators' reason). */
    public Optional<Sujet> in(Collection<Long> scope, long id) {
        return sujets.byId(id).filter(s -> scope.contains(s.spaceId()));
    }

    /** The visible space of a subject the public may see; empty when hidden, or when its space is not visible or enables no fabrique. */
    public Optional<Assembly> spaceOfVisible(Sujet sujet) {
        if (sujet.isHidden()) {
            return Optional.empty();
        }
        return assemblies.byId(sujet.spaceId()).flatMap(a -> spaces.visible(a.slug())).filter(a -> a.enables(FabriqueComponent.KEY));
    }

    public Optional<Sujet> byId(long id) {
        return sujets.byId(id);
    }

    /** The subject's comments, each with its replies, oldest first. */
    public List<Fil> debate(long subjectId) {
        List<Commentaire> all = sujets.commentsOf(subjectId);
        Map<Long, List<Commentaire>> replies = new LinkedHashMap<>();
        List<Commentaire> top = new ArrayList<>();
        for (Commentaire c : all) {
            if (c.isReply()) {
                replies.computeIfAbsent(c.parentId().orElseThrow(), k -> new ArrayList<>()).add(c);
            } else {
                top.add(c);
            }
        }
        return top.stream().map(c -> new Fil(c, List.copyOf(replies.getOrDefault(c.id(), List.of())))).toList();
    }

    public Map<Long, Long> commentCounts(Collection<Long> subjectIds) {
        return sujets.commentCounts(subjectIds);
    }

    /** A comment and its replies. */
    public record Fil(Commentaire comment, List<Commentaire> replies) {
    }
}
