package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assembly;

import java.util.Map;

/** One council's line of an assembly's bilan: its projets by status, and how many were realised this year. */
public record BilanLine(Assembly council, Map<StatutProjet, Long> byStatus, long realisedThisYear) {

    public long count(StatutProjet status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
