package fr.chambery.cqc.core.assembly;

/** No visible assembly has this slug. */
public class UnknownAssemblyException extends RuntimeException {

    private final String slug;

    public UnknownAssemblyException(String slug) {
        super("No published assembly with slug '" + slug + "'");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
