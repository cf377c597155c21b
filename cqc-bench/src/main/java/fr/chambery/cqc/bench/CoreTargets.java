package fr.chambery.cqc.bench;

import fr.chambery.cqc.bench.dataset.SpaceSlugs;
import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.load.Targets;

import java.util.ArrayList;
import java.util.List;

/**
 * The core's own declaration of what the kit measures, as a component's is its {@code DatasetSlice}'s: the spaces
 * (the list, the demo's network and its council Bissy, the API's assemblies), the site search with its
 * representative queries ({@link SearchFigures#QUERIES}), the back office signed in; at x100 a generated network and
 * one of its councils. Beside nginx: the assembly page, Bissy and {@code GET /api/assemblies/{slug}}; the first is
 * the page Lighthouse audits.
 */
final class CoreTargets {

    private CoreTargets() {
    }

    static Targets of(SpaceSlugs slugs) {
        String network = "assemblies/" + SpaceSlugs.DEMO_NETWORK;
        String council = "assemblies/" + SpaceSlugs.DEMO_COUNCIL;
        List<Target> everySize = new ArrayList<>(List.of(
                Target.page("assemblies"),
                Target.page(network),
                Target.page(council),
                Target.page("search?q=reunion"),
                Target.api("api/assemblies"),
                Target.api("api/assemblies?parent=" + SpaceSlugs.DEMO_NETWORK),
                Target.api("api/" + network),
                Target.api("api/search?q=jardin")));
        everySize.addAll(SearchFigures.QUERIES);
        everySize.add(Target.backOffice("admin/"));
        everySize.add(Target.backOffice("admin/?parent=" + SpaceSlugs.DEMO_NETWORK));
        return new Targets(everySize,
                List.of(Target.page("assemblies/" + slugs.middleNetwork()), Target.page("assemblies/" + slugs.middleCouncil())),
                List.of(Target.page(network), Target.page(council), Target.api("api/" + network)),
                List.of());
    }
}
