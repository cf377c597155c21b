package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.CONTRADICTS_NAME;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.TYPE_NOT_ALLOWED;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.UNREADABLE;

/**
 * Looks at an uploaded file with Apache Tika: its real format, from its bytes alone (the name and the
 * browser's word are not trusted), which must be an allowed {@link DocumentFormat} that the name's
 * extension agrees with; then its text, for the search. A document that Tika or POI find to be a
 * decompression bomb, encrypted or corrupt is refused.
 */
@ApplicationScoped
public class FileInspection {

    /** Text kept for the search: the first million characters are plenty. */
    static final int MAX_TEXT = 1_000_000;


    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final Parser parser = new AutoDetectParser();

    /** What the inspection found. */
    public record Inspected(DocumentFormat format, String text) {
    }

    public Inspected inspect(Path file, FileName name) {
        MediaType detected = detect(file);
        DocumentFormat format = DocumentFormat.ofMediaType(detected.toString()).orElseThrow(() ->
                new DocumentRefusedException(TYPE_NOT_ALLOWED, "refusal.document.type", name.value(), describe(detected), DocumentFormat.allowedList()));
        if (!format.matches(name)) {
            throw new DocumentRefusedException(CONTRADICTS_NAME, "refusal.document.contradictsName", name.value(), format.label(), format.extensions().getFirst());
        }
        return new Inspected(format, format.isImage() ? "" : text(file, format));
    }

    private MediaType detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Path file, DocumentFormat format) {
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, format.mediaType());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            if (format.isOfficeArchive()) {
                DecompressionGuard.check(file);
            }
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (DocumentRefusedException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new DocumentRefusedException(UNREADABLE, "refusal.document.encrypted");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw unreadable(e);
            }
        } catch (TikaException | IOException | RuntimeException e) {
            throw unreadable(e);
        }
        return handler.toString().strip();
    }

    private static DocumentRefusedException unreadable(Exception cause) {
        String detail = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT)
                + " " + (cause.getCause() == null ? "" : String.valueOf(cause.getCause().getMessage()).toLowerCase(Locale.ROOT));
        if (detail.contains("zip bomb") || detail.contains("suspected") || detail.contains("ratio")) {
            return new DocumentRefusedException(UNREADABLE, "refusal.document.bomb");
        }
        return new DocumentRefusedException(UNREADABLE, "refusal.document.unreadable");
    }

    /** The kind of a refused file, worded in the visitor's language; its media type when it has no name. */
    private static Object describe(MediaType type) {
        String base = type.getBaseType().toString();
        return switch (base) {
            case "text/html", "application/xhtml+xml" -> Refusal.of("refusal.document.kind.html");
            case "image/svg+xml" -> Refusal.of("refusal.document.kind.svg");
            case "application/x-msdownload", "application/x-dosexec", "application/x-executable",
                 "application/x-elf", "application/x-sharedlib", "application/x-mach-o-executable" -> Refusal.of("refusal.document.kind.executable");
            case "application/zip" -> Refusal.of("refusal.document.kind.zip");
            // an archive in the shape of an Office file that names no known document (a bomb may be one)
            case "application/x-tika-ooxml", "application/x-tika-msoffice" -> Refusal.of("refusal.document.kind.office");
            case "application/octet-stream" -> Refusal.of("refusal.document.kind.unknown");
            default -> base;
        };
    }
}
