package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.DirectoryRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory's HTML listing pages, parsed with jsoup: each card gives a name, theme, quartier and
 * short text, and links to a detail page with the address, phone, e-mail, website and RNA number;
 * pages follow each other through their « next » link. A first page without any card is not a
 * directory; a later page without cards, cut short, or unreadable makes the crawl incomplete.
 */
public class HtmlDirectorySource implements DirectorySource {

    private static final Pattern POSTCODE = Pattern.compile("\\b(73\\d{3})\\b");
    private static final Pattern LEADING_ID = Pattern.compile("^(\\d+)-");

    private final String firstPage;
    private final HtmlSelectors selectors;
    private final Fetcher fetcher;
    private final int maxPages;

    public HtmlDirectorySource(String firstPage, HtmlSelectors selectors, Fetcher fetcher, int maxPages) {
        this.firstPage = firstPage;
        this.selectors = selectors;
        this.fetcher = fetcher;
        this.maxPages = maxPages;
    }

    @Override
    public String key() {
        return "html";
    }

    @Override
    public void read(RecordSink sink) {
        Set<String> visited = new HashSet<>();
        String page = firstPage;
        int number = 1;
        while (page != null) {
            if (!visited.add(page)) {
                throw new IncompleteSourceException("La page " + (number - 1) + " de l'annuaire renvoie à une page déjà lue (" + page
                        + ") : sa dernière page n'a pas été atteinte, lecture incomplète.");
            }
            if (number > maxPages) {
                throw new IncompleteSourceException("L'annuaire compte plus de " + maxPages + " pages (cqc.directory.html.max-pages) : "
                        + "sa dernière page n'a pas été atteinte, lecture incomplète.");
            }
            Document document = parse(page, number);
            var cards = document.select(selectors.card());
            if (cards.isEmpty()) {
                if (number == 1) {
                    throw new SourceException("La page " + page + " ne contient aucune fiche d'association (sélecteur « "
                            + selectors.card() + " ») : ce n'est pas l'annuaire, ou sa mise en page a changé (voir cqc.directory.html.*).");
                }
                throw new IncompleteSourceException("La page " + number + " de l'annuaire (" + page + ") ne contient aucune fiche : lecture incomplète.");
            }
            for (Element card : cards) {
                sink.accept(record(card));
            }
            Element next = document.selectFirst(selectors.next());
            page = next == null ? null : next.absUrl("href");
            number++;
        }
    }

    private DirectoryRecord record(Element card) {
        Element link = card.selectFirst(selectors.link());
        String detailUrl = link == null ? null : link.absUrl("href");
        String address = null;
        String phone = null;
        String email = null;
        String website = null;
        String rna = null;
        if (detailUrl != null && !detailUrl.isBlank()) {
            Document detail = parse(detailUrl, 0);
            address = text(detail, selectors.address());
            phone = text(detail, selectors.phone());
            Element mail = detail.selectFirst(selectors.email());
            email = mail == null ? null : mail.hasAttr("href") && mail.attr("href").startsWith("mailto:")
                    ? mail.attr("href").substring("mailto:".length()) : mail.text();
            Element site = detail.selectFirst(selectors.website());
            website = site == null ? null : site.hasAttr("href") ? site.attr("href") : site.text();
            rna = text(detail, selectors.rna());
        }
        String postcode = null;
        if (address != null) {
            Matcher m = POSTCODE.matcher(address);
            postcode = m.find() ? m.group(1) : null;
        }
        return new DirectoryRecord(directoryId(detailUrl), rna, text(card, selectors.name()), text(card, selectors.theme()),
                text(card, selectors.quartier()), text(card, selectors.summary()), address, postcode, phone, email, website, detailUrl);
    }

    /** The CMS's numeric id of a detail page ({@code /123-jardins-de-bissy.htm}), else its path. */
    static String directoryId(String detailUrl) {
        if (detailUrl == null || detailUrl.isBlank()) {
            return null;
        }
        String path = java.net.URI.create(detailUrl).getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        Matcher m = LEADING_ID.matcher(last);
        return m.find() ? m.group(1) : path.toLowerCase(Locale.ROOT);
    }

    private Document parse(String url, int pageNumber) {
        byte[] bytes;
        try {
            bytes = fetcher.get(url);
        } catch (SourceException e) {
            if (pageNumber == 1) {
                throw e;
            }
            String which = pageNumber == 0 ? "La fiche " + url : "La page " + pageNumber + " de l'annuaire (" + url + ")";
            throw new IncompleteSourceException(which + " n'a pas pu être lue (" + e.getMessage() + ") : lecture incomplète.", e);
        }
        String tail = new String(bytes, Math.max(0, bytes.length - 200), Math.min(200, bytes.length), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (!tail.contains("</html>")) {
            String which = pageNumber == 0 ? "La fiche " + url : "La page " + pageNumber + " de l'annuaire (" + url + ")";
            throw new IncompleteSourceException(which + " est tronquée (pas de fin de document) : lecture incomplète.");
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Element root, String selector) {
        Element found = root.selectFirst(selector);
        return found == null ? null : found.text();
    }
}
