package fr.chambery.cqc.web.association.api;

import fr.chambery.cqc.core.association.SyncRun;

import java.util.List;

/**
 * A run of the directory sync: when, source, state, counts, duration, rejected records; held for
 * confirmation (A_CONFIRMER), how many associations confirming it would unlist and their names (100 at most).
 */
public record RunJson(long id, String source, String state, String startedAt, String finishedAt, Long durationMillis,
                      Integer expected, int processed, int created, int updated, int unchanged, int unlisted, int rejected,
                      String message, List<RejectionJson> rejections, int toUnlist, List<String> wouldUnlist) {

    public record RejectionJson(String record, String reason) {
    }

    static RunJson of(SyncRun r, List<RejectionJson> rejections) {
        return of(r, rejections, List.of());
    }

    static RunJson of(SyncRun r, List<RejectionJson> rejections, List<String> wouldUnlist) {
        return new RunJson(r.id(), r.source(), r.state().name(), r.startedAt().toString(), r.finishedAt().map(Object::toString).orElse(null),
                r.duration().map(java.time.Duration::toMillis).orElse(null), r.expected().orElse(null), r.processed(), r.created(),
                r.updated(), r.unchanged(), r.unlisted(), r.rejected(), r.message(), rejections, r.toUnlist(), wouldUnlist);
    }
}
