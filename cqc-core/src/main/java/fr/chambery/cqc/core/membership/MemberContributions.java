package fr.chambery.cqc.core.membership;

import java.util.List;
import java.util.Set;

/**
 * What a component keeps of members' contributions, for their privacy. {@link MembershipService} calls
 * every CDI bean implementing it, naming none:
 * <ul>
 *   <li>{@link #forget} when sign-ups are about to go (a member leaves a council, or erases her data),
 *       in the same transaction and before they are deleted: the component unsigns her content
 *       (« membre ayant quitté le conseil ») and keeps what must stay counted anonymously;</li>
 *   <li>{@link #export} for her data export (GDPR, article 15): her contributions in that component.</li>
 * </ul>
 * <h2>Usage</h2>
 * <pre>{@code
 * @ApplicationScoped
 * public class FabriqueContributions implements MemberContributions {
 *     public void forget(Set<Long> membershipIds) { ... UPDATE ... SET author = NULL ... }
 *     public List<PersonalData.Contribution> export(Set<Long> membershipIds) { ... }
 * }
 * }</pre>
 */
public interface MemberContributions {

    /** Unsigns the content of these sign-ups (about to be deleted); never deletes what others rely on. */
    void forget(Set<Long> membershipIds);

    /** The contributions of these sign-ups (all of one e-mail), for her data export. */
    List<PersonalData.Contribution> export(Set<Long> membershipIds);
}
