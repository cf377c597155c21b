package fr.chambery.cqc.core.demo;

import java.util.Set;

/**
 * A component's part of the demo ({@code cqc.demo.enabled}): on which of the demo's spaces it is
 * enabled, and what it adds once they exist.
 *
 * <h2>Usage</h2>
 * One {@code @ApplicationScoped} bean in the feature's package; {@link DemoContent} creates the spaces
 * with the components their seeds ask for, then runs every seed by {@link #order()}, and names none:
 * <pre>
 * &#64;ApplicationScoped
 * public class MeetingsDemo implements DemoSeed {
 *     public String componentKey() { return MeetingsComponent.KEY; }
 *     public Set&lt;DemoSpaces.Kind&gt; enabledOn() { return EnumSet.allOf(DemoSpaces.Kind.class); }
 *     public int order() { return 20; }
 *     public void seed(DemoSpaces spaces) { ... add the demo's meetings ... }
 * }
 * </pre>
 */
public interface DemoSeed {

    /** The component the demo's spaces enable for this seed. */
    String componentKey();

    /** Which of the demo's spaces enable the component. */
    Set<DemoSpaces.Kind> enabledOn();

    /** Seeds run from the lowest order to the highest. */
    int order();

    /** Adds the component's demo content to the spaces, once stored; nothing by default. */
    default void seed(DemoSpaces spaces) {
    }
}
