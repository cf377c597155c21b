package fr.chambery.cqc.integration.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Which source runs, from configuration: {@code cqc.directory.source} is {@code html} (the listing
 * pages at {@code cqc.directory.html.url}, with the selectors of {@code cqc.directory.html.*}),
 * {@code export} (JSON or CSV at {@code cqc.directory.export.url}), {@code rna} (the RNA file at
 * {@code cqc.directory.rna.url} itself) or {@code none}; the RNA file, when set, enriches every run.
 */
@ApplicationScoped
public class DirectorySources {

    @Inject @ConfigProperty(name = "cqc.directory.source", defaultValue = "none") String source;
    @Inject @ConfigProperty(name = "cqc.directory.html.url") Optional<String> htmlUrl;
    @Inject @ConfigProperty(name = "cqc.directory.export.url") Optional<String> exportUrl;
    @Inject @ConfigProperty(name = "cqc.directory.rna.url") Optional<String> rnaUrl;
    @Inject @ConfigProperty(name = "cqc.directory.html.max-pages", defaultValue = "200") int maxPages;
    @Inject @ConfigProperty(name = "cqc.directory.html.card", defaultValue = "article.asso") String card;
    @Inject @ConfigProperty(name = "cqc.directory.html.name", defaultValue = ".asso-nom") String name;
    @Inject @ConfigProperty(name = "cqc.directory.html.link", defaultValue = ".asso-nom a") String link;
    @Inject @ConfigProperty(name = "cqc.directory.html.theme", defaultValue = ".asso-theme") String theme;
    @Inject @ConfigProperty(name = "cqc.directory.html.quartier", defaultValue = ".asso-quartier") String quartier;
    @Inject @ConfigProperty(name = "cqc.directory.html.summary", defaultValue = ".asso-resume") String summary;
    @Inject @ConfigProperty(name = "cqc.directory.html.next", defaultValue = "a[rel=next]") String next;
    @Inject @ConfigProperty(name = "cqc.directory.html.address", defaultValue = ".fiche-adresse") String address;
    @Inject @ConfigProperty(name = "cqc.directory.html.phone", defaultValue = ".fiche-telephone") String phone;
    @Inject @ConfigProperty(name = "cqc.directory.html.email", defaultValue = ".fiche-email") String email;
    @Inject @ConfigProperty(name = "cqc.directory.html.website", defaultValue = ".fiche-site") String website;
    @Inject @ConfigProperty(name = "cqc.directory.html.rna", defaultValue = ".fiche-rna") String rna;

    @Inject
    DirectoryFetcher fetcher;

    /** The configured source, or empty when none is. */
    public Optional<DirectorySource> configured() {
        return switch (source.strip()) {
            case "html" -> htmlUrl.map(url -> new HtmlDirectorySource(url, new HtmlSelectors(card, name, link, theme, quartier,
                    summary, next, address, phone, email, website, rna), fetcher, maxPages));
            case "export" -> exportUrl.map(url -> new ExportDirectorySource(url, fetcher));
            case "rna" -> rnaUrl().map(url -> new RnaDirectorySource(url, fetcher));
            default -> Optional.empty();
        };
    }

    public Optional<String> rnaUrl() {
        return rnaUrl.filter(u -> !u.isBlank());
    }
}
