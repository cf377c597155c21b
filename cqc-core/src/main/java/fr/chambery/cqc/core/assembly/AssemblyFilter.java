package fr.chambery.cqc.core.assembly;

import java.util.Optional;

/** Filters of the assemblies listing: sub-spaces of one parent, one assembly type. */
public record AssemblyFilter(Optional<String> parentSlug, Optional<String> typeKey) {

    public AssemblyFilter {
        parentSlug.ifPresent(Slug::require);
        typeKey.ifPresent(Slug::require);
    }

    public static AssemblyFilter none() {
        return new AssemblyFilter(Optional.empty(), Optional.empty());
    }
}
