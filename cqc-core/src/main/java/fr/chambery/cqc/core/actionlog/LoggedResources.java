package fr.chambery.cqc.core.actionlog;

import java.util.List;

/**
 * The kinds of resource one feature writes to the action log. The log's filter offers those of every
 * deployed feature, so a new feature declares its own and edits no shared list.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;ApplicationScoped
 * public class ProposalLog implements LoggedResources {
 *     public static final ResourceType PROPOSAL = new ResourceType("proposal");
 *
 *     public List&lt;ResourceType&gt; resourceTypes() {
 *         return List.of(PROPOSAL);
 *     }
 * }
 * // and where a proposal changes:
 * log.record(LogEntry.by(actor).did(Verb.CREATE).on(ProposalLog.PROPOSAL, proposal.id(), proposal.title())
 *         .to(snapshot));
 * </pre>
 * Each type is named in both bundles by {@code admin.log.type.<key>} ({@code ActionLogVocabularyTest} checks it).
 */
public interface LoggedResources {

    List<ResourceType> resourceTypes();
}
