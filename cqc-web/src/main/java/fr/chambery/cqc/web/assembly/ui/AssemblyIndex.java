package fr.chambery.cqc.web.assembly.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.PageNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.Map;

/**
 * The index of published top-level assemblies, page by page ({@code /} and {@code /assemblies}), each with
 * its number of sub-spaces; read when first shown.
 */
@Named
@RequestScoped
public class AssemblyIndex {

    /** Top-level assemblies per page of the index. */
    static final int PAGE_SIZE = 24;

    @Inject
    @Param(pathIndex = 0)
    String beyondIndex;

    /** The page of top-level assemblies asked for ({@code ?page=2}); anything else is the first. */
    @Inject
    @Param(name = "page")
    String page;

    @Inject
    AssemblyCatalog catalog;

    private ResultPage<Assembly> topLevel;
    private Map<Long, Long> subSpaceCounts = Map.of();

    /** View action of the home page: any path below it that no view serves is a 404. */
    public void requireIndex() {
        if (beyondIndex != null && !beyondIndex.isEmpty()) {
            ErrorResponses.send(404);
        }
    }

    /** The index's page of top-level assemblies, with what the pager needs. */
    public ResultPage<Assembly> getTopLevel() {
        if (topLevel == null) {
            topLevel = catalog.topLevel(PageNumber.of(page), PAGE_SIZE);
            subSpaceCounts = catalog.subSpaceCounts(topLevel.items());
        }
        return topLevel;
    }

    public long subSpaceCount(Assembly assembly) {
        getTopLevel();
        return subSpaceCounts.getOrDefault(assembly.id(), 0L);
    }
}
