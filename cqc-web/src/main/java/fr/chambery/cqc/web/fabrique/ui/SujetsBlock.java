package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.EtatSujet;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.fabrique.SujetCatalog;
import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.Optional;

/** The fabrique on a space's page: its latest proposed subjects (an assembly: its councils'), « Proposer un sujet ». */
@Named
@RequestScoped
public class SujetsBlock {

    static final int SHOWN = 5;

    @Inject
    SujetCatalog catalog;

    private Map<Long, Assembly> scope;
    private ResultPage<Sujet> latest;
    private Map<Long, Long> counts;

    public ResultPage<Sujet> latest(Assembly space) {
        if (latest == null) {
            scope = catalog.scopeOf(space);
            latest = catalog.search(scope.keySet(), Optional.of(EtatSujet.PROPOSE), Optional.empty(), 1, SHOWN);
            counts = catalog.commentCounts(latest.items().stream().map(Sujet::id).toList());
        }
        return latest;
    }

    public Assembly spaceOf(Sujet sujet) {
        return scope.get(sujet.spaceId());
    }

    public long comments(Sujet sujet) {
        return counts.getOrDefault(sujet.id(), 0L);
    }
}
