package fr.chambery.cqc.core.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a space accepts, as detected from a file's bytes, each with the name extensions that may
 * carry it. Anything else is refused, whatever its name says.
 */
public enum DocumentFormat {
    PDF("application/pdf", "PDF", "pdf"),
    ODT("application/vnd.oasis.opendocument.text", "ODT", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ODS", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "ODP", "odp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX", "pptx"),
    PNG("image/png", "PNG", "png"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    TEXT("text/plain", "Texte", "txt", "text");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    DocumentFormat(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** A short name for people: « PDF », « ODT », « Texte ». */
    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    public boolean matches(FileName name) {
        return extensions.contains(name.extension());
    }

    /** ODF and OOXML files: ZIP archives of XML. */
    public boolean isOfficeArchive() {
        return this != PDF && this != TEXT && !isImage();
    }

    public boolean isImage() {
        return this == PNG || this == JPEG;
    }

    /** The format of a detected media type, parameters ignored ({@code text/plain; charset=UTF-8}). */
    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }

    /** For messages: « PDF, ODT, ODS… ». */
    public static String allowedList() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.extensions.getFirst().toUpperCase(Locale.ROOT)).toList());
    }
}
