package fr.chambery.cqc.core.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real files of every kind the tests upload, made on the spot (office files with POI, images with ImageIO). */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** The demo content's guide, a PDF written by PDFBox. */
    public static byte[] guidePdf() {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/demo/guide-animation-reunion.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text, as LibreOffice lays it out: an uncompressed « mimetype » entry first. */
    public static byte[] odt(String text) {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                  <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                </office:document-content>""".formatted(text);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A Word document whose body, once inflated, would be 150 MB of the same byte: a decompression bomb
     * of a few hundred kilobytes.
     */
    public static byte[] zipBombDocx() {
        return inflating(docx("Compte rendu"), "word/document.xml", Set.of(),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>",
                "</w:t></w:r></w:p></w:body></w:document>");
    }

    /** The same bomb in an OpenDocument text (its content.xml 150 MB once inflated). */
    public static byte[] zipBombOdt() {
        return inflating(odt("Compte rendu"), "content.xml", Set.of(),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>",
                "</text:p></office:text></office:body></office:document-content>");
    }

    /**
     * The Word bomb without its {@code [Content_Types].xml}: the shape of a Word document, but nothing Tika
     * recognises as one (a plain ZIP archive to it).
     */
    public static byte[] zipBombDocxUnrecognised() {
        return inflating(docx("Compte rendu"), "word/document.xml", Set.of("[Content_Types].xml"), "<w:document><w:body><w:p><w:r><w:t>",
                "</w:t></w:r></w:p></w:body></w:document>");
    }

    /** {@code archive} rewritten with {@code entry} holding 150 MB of the same byte between {@code head} and {@code tail}. */
    private static byte[] inflating(byte[] archive, String entry, Set<String> dropped, String head, String tail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (ZipEntry original; (original = in.getNextEntry()) != null; ) {
                if (dropped.contains(original.getName())) {
                    continue;
                }
                if (original.getMethod() == ZipEntry.STORED) {
                    byte[] stored = in.readAllBytes();
                    ZipEntry copy = new ZipEntry(original.getName());
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(stored.length);
                    CRC32 crc = new CRC32();
                    crc.update(stored);
                    copy.setCrc(crc.getValue());
                    zip.putNextEntry(copy);
                    zip.write(stored);
                    zip.closeEntry();
                    continue;
                }
                zip.putNextEntry(new ZipEntry(original.getName()));
                if (original.getName().equals(entry)) {
                    zip.write(head.getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[1 << 20];
                    java.util.Arrays.fill(chunk, (byte) 'a');
                    for (int i = 0; i < 150; i++) {
                        zip.write(chunk);
                    }
                    zip.write(tail.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows executable: an MZ header pointing at a PE signature. */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] elfExecutable() {
        byte[] elf = new byte[256];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        elf[16] = 2;
        return elf;
    }
}
