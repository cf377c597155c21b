package fr.chambery.cqc.integration.directory;

/**
 * Where the directory's pages put each field, as CSS selectors (from {@code cqc.directory.html.*}): a
 * change of the city's page is a change of configuration, not a release.
 */
public record HtmlSelectors(String card, String name, String link, String theme, String quartier, String summary,
                            String next, String address, String phone, String email, String website, String rna) {

    /** The layout of the fixtures and of the demo. */
    public static HtmlSelectors defaults() {
        return new HtmlSelectors("article.asso", ".asso-nom", ".asso-nom a", ".asso-theme", ".asso-quartier", ".asso-resume",
                "a[rel=next]", ".fiche-adresse", ".fiche-telephone", ".fiche-email", ".fiche-site", ".fiche-rna");
    }
}
