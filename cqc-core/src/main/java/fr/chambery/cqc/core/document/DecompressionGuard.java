package fr.chambery.cqc.core.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.UNREADABLE;

/**
 * Office files (ODF, OOXML) are ZIP archives. Before their XML is parsed, this inflates their entries
 * into nothing, counting, and refuses an archive that would inflate past 100 times its size (and past
 * 50 MB): parsers only notice a decompression bomb after reading it whole, which takes minutes.
 */
final class DecompressionGuard {

    private static final long FLOOR = 50L * 1024 * 1024;
    private static final long RATIO = 100;

    private DecompressionGuard() {
    }

    static void check(Path archive) throws IOException {
        long limit = Math.max(FLOOR, RATIO * Files.size(archive));
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    for (int read; (read = in.read(buffer)) != -1; ) {
                        inflated += read;
                        if (inflated > limit) {
                            throw new DocumentRefusedException(UNREADABLE, "refusal.document.bomb");
                        }
                    }
                }
            }
        }
    }
}
