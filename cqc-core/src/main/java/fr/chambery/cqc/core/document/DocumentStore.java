package fr.chambery.cqc.core.document;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.EMPTY;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.TOO_LARGE;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.UNREADABLE;

/**
 * The files of the documents, outside the database, under {@code cqc.documents.directory}: each named by
 * the SHA-256 of its bytes ({@code ab/abcdef…}), never by the name it was uploaded with. An upload is
 * first written to {@code .staging/}, then moved into place in one atomic rename, so that a failed or
 * interrupted upload leaves no file behind.
 */
@ApplicationScoped
public class DocumentStore {

    private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Duration ABANDONED = Duration.ofHours(6);

    @Inject
    @ConfigProperty(name = "cqc.data-dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "cqc.documents.directory", defaultValue = " ")
    String configuredDirectory;

    @Inject
    @ConfigProperty(name = "cqc.documents.max-size", defaultValue = "20971520")
    long maxSize;

    private Path root;

    /** A received upload, not yet kept. */
    public record Staged(Path path, String hash, long size) {
    }

    protected DocumentStore() {
    }

    /** A store outside CDI (tests, tools). */
    public static DocumentStore at(Path root, long maxSize) {
        DocumentStore store = new DocumentStore();
        store.root = root;
        store.maxSize = maxSize;
        store.prepare();
        return store;
    }

    @PostConstruct
    void init() {
        root = configuredDirectory.isBlank() ? Path.of(dataDir, "documents") : Path.of(configuredDirectory.strip());
        prepare();
    }

    private void prepare() {
        try {
            Files.createDirectories(staging());
            removeAbandonedUploads();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the document directory " + root, e);
        }
    }

    public long maxSize() {
        return maxSize;
    }

    public Path root() {
        return root;
    }

    /**
     * Writes the stream to the staging area, hashing it on the way and stopping as soon as it passes the
     * size limit.
     */
    public Staged stage(InputStream content) {
        Path part;
        try {
            part = Files.createTempFile(staging(), "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (DigestInputStream in = new DigestInputStream(content, sha256()); OutputStream out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int read; (read = in.read(buffer)) != -1; ) {
                size += read;
                if (size > maxSize) {
                    throw new DocumentRefusedException(TOO_LARGE, "refusal.document.tooLarge", Sizes.french(maxSize));
                }
                out.write(buffer, 0, read);
            }
            if (size == 0) {
                throw new DocumentRefusedException(EMPTY, "refusal.document.empty");
            }
            return new Staged(part, HexFormat.of().formatHex(in.getMessageDigest().digest()), size);
        } catch (IOException e) {
            delete(part);
            throw new DocumentRefusedException(UNREADABLE, "refusal.document.incomplete");
        } catch (RuntimeException e) {
            delete(part);
            throw e;
        }
    }

    /**
     * Moves a staged file into place. Returns true when the content is new to the store, false when an
     * identical file was already there (the staged copy is then dropped).
     */
    public boolean keep(Staged staged) {
        Path target = pathOf(staged.hash());
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                delete(staged.path());
                return false;
            }
            Files.setLastModifiedTime(staged.path(), FileTime.from(Instant.now()));
            Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException e) {
            delete(staged.path());
            return false;
        } catch (IOException e) {
            delete(staged.path());
            throw new UncheckedIOException(e);
        }
    }

    public void discard(Staged staged) {
        delete(staged.path());
    }

    /** The file of a content hash, when the store has it. */
    public Optional<Path> file(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(hash);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Removes a kept file; for an upload whose database record could not be written. */
    public void forget(String hash) {
        file(hash).ifPresent(DocumentStore::delete);
    }

    private Path pathOf(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    private Path staging() {
        return root.resolve(".staging");
    }

    /** Parts left by a process killed during an upload. */
    private void removeAbandonedUploads() throws IOException {
        Instant before = Instant.now().minus(ABANDONED);
        try (Stream<Path> parts = Files.list(staging())) {
            parts.filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isBefore(before);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(DocumentStore::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + path + ": " + e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
