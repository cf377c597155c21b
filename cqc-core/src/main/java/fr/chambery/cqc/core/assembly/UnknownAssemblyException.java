package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.refusal.Refusal;

import java.util.List;

/** No visible assembly has this slug. */
public class UnknownAssemblyException extends RuntimeException implements Refusal {

    private final String slug;

    public UnknownAssemblyException(String slug) {
        super("No published assembly with slug '" + slug + "'");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    @Override
    public String key() {
        return "refusal.space.unknown";
    }

    @Override
    public List<Object> arguments() {
        return List.of(String.valueOf(slug));
    }
}
