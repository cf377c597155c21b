package fr.chambery.cqc.integration.bench;

import fr.chambery.cqc.integration.directory.RnaFile;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads RNA files of growing size, generated on the fly (never held in memory), and prints the lines
 * read per second and the heap in use at the end of each: with a streamed file, the heap should not
 * grow with the file. Run with {@code ./cqc bench}; it asserts nothing.
 */
class RnaStreamingBenchmark {

    private static final String HEADER = "id;id_ex;siret;rup_mi;gestion;date_creat;date_decla;date_publi;date_disso;nature;groupement;"
            + "titre;titre_court;objet;objet_social1;objet_social2;adrs_complement;adrs_numvoie;adrs_repetition;adrs_typevoie;"
            + "adrs_libvoie;adrs_distrib;adrs_codeinsee;adrs_codepostal;adrs_libcommune;adrg_declarant;adrg_complemid;"
            + "adrg_complemgeo;adrg_libvoie;adrg_distrib;adrg_codepostal;adrg_achemine;adrg_pays;dir_civilite;telephone;siteweb;"
            + "email;publiweb;observation;position;maj_time\n";

    @Test
    void streamsFilesOfGrowingSize() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("%12s %12s %14s %12s%n", "lines", "MB read", "lines/s", "heap MB");
        for (int lines : new int[] {100_000, 400_000, 1_600_000}) {
            AtomicLong chambery = new AtomicLong();
            Generated file = new Generated(lines);
            long start = System.nanoTime();
            RnaFile.read(file, entry -> chambery.incrementAndGet());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heap = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
            System.out.printf("%12d %12.1f %14.0f %12d   (%d in Chambéry)%n", lines, file.bytes / 1e6, lines / seconds, heap, chambery.get());
        }
    }

    /** A rna_waldec file of n lines, one in ten in Chambéry, produced as it is read. */
    private static final class Generated extends InputStream {
        private final int lines;
        private int line = -1;
        private byte[] current = new byte[0];
        private int position;
        long bytes;

        Generated(int lines) {
            this.lines = lines;
        }

        @Override
        public int read() {
            if (position == current.length && !next()) {
                return -1;
            }
            bytes++;
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == current.length && !next()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            bytes += n;
            return n;
        }

        private boolean next() {
            if (line >= lines) {
                return false;
            }
            String text = line < 0 ? HEADER : "W73%07d;;;;;2001-05-01;2001-05-01;2001-06-01;0001-01-01;D;S;ASSOCIATION NUMÉRO %d;;Objet de l'association, avec des accents : éèàç;;;;%d;;RUE;DES EXEMPLES;;%s;73000;CHAMBERY;;;;;;;;;;;;;;;A;2026-11-01 00:00:00\n"
                    .formatted(line, line, line % 90 + 1, line % 10 == 0 ? "73065" : "73008");
            current = text.getBytes(StandardCharsets.ISO_8859_1);
            position = 0;
            line++;
            return true;
        }
    }
}
