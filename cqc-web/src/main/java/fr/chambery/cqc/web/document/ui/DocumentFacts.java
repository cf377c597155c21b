package fr.chambery.cqc.web.document.ui;

import fr.chambery.cqc.core.document.DocumentEntry;
import fr.chambery.cqc.core.document.DocumentVersion;
import fr.chambery.cqc.core.document.Sizes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a document is shown wherever it is listed: its file's address, type, size and date in French. */
@Named
@ApplicationScoped
public class DocumentFacts {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRANCE);

    /** The public address of the current file: {@code /files/{id}/{name}}, the name for people only. */
    public static String path(DocumentEntry entry) {
        return "/files/" + entry.document().id() + "/" + encode(entry.current().fileName());
    }

    /** A version's address in the back office. */
    public static String versionPath(DocumentVersion version) {
        return "/admin/files/" + version.id() + "/" + encode(version.fileName());
    }

    public String url(DocumentEntry entry) {
        return path(entry);
    }

    public String versionUrl(DocumentVersion version) {
        return versionPath(version);
    }

    public String size(long bytes) {
        return Sizes.french(bytes);
    }

    public String day(Instant instant) {
        return DAY.format(instant.atZone(PARIS));
    }

    public String iso(Instant instant) {
        return instant.atZone(PARIS).toLocalDate().toString();
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
