package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.demo.DemoSeed;
import fr.chambery.cqc.core.demo.DemoSpaces;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The demo's councils list their quartier's associations, which the directory sync brings (none are seeded). */
@ApplicationScoped
public class AssociationsDemo implements DemoSeed {

    @Override
    public String componentKey() {
        return AssociationsComponent.KEY;
    }

    @Override
    public Set<DemoSpaces.Kind> enabledOn() {
        return Set.of(DemoSpaces.Kind.COUNCIL);
    }

    @Override
    public int order() {
        return 40;
    }
}
