package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.demo.DemoSeed;
import fr.chambery.cqc.core.demo.DemoSpaces;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.Set;

/** The demo's assembly and councils take sign-ups; nobody has signed up yet. */
@ApplicationScoped
public class MembershipDemo implements DemoSeed {

    @Override
    public String componentKey() {
        return MembershipComponent.KEY;
    }

    @Override
    public Set<DemoSpaces.Kind> enabledOn() {
        return EnumSet.allOf(DemoSpaces.Kind.class);
    }

    @Override
    public int order() {
        return 5;
    }
}
