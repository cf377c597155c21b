package fr.chambery.cqc.core.space;

/**
 * A component that a participatory space can offer (meetings, documents, associations, sign-up...),
 * in the way Decidim's component manifests declare themselves.
 *
 * <h2>Usage</h2>
 * A feature declares its component with one {@code @ApplicationScoped} bean; nothing else in the core
 * names it:
 * <pre>
 * &#64;ApplicationScoped
 * public class MeetingsComponent implements ComponentType {
 *     public ComponentDescriptor descriptor() {
 *         return new ComponentDescriptor("meetings", "component.meetings", 20)
 *                 .administeredAt("admin/meetings", "component.meetings");
 *     }
 * }
 * </pre>
 * A space stores only the {@link ComponentDescriptor#key() key} of the components it enables; a key
 * whose component is no longer deployed is ignored, never an error. The web module renders each
 * enabled component's block from {@code /WEB-INF/components/{key}/block.xhtml}; the back-office home
 * links each space to the {@link BackOfficeEntry back-office page} of the components it enables; a
 * component's {@link ComponentAction actions} are answered by {@code Permissions}; its demo content is
 * a {@code DemoSeed} of its own; what it shows the public is found by the site search through a
 * {@code SearchSource} bean and published as open data through an {@code OpenDataSet} bean of its own (neither
 * names it anywhere else). The checklist is {@code docs/adding-a-component.md}.
 */
public interface ComponentType {

    ComponentDescriptor descriptor();
}
