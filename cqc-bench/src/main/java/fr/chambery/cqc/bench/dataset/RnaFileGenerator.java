package fr.chambery.cqc.bench.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes an RNA-shaped file ({@code rna_waldec} header, {@code ;}, ISO-8859-1, {@code 0001-01-01} for
 * no date) of a chosen number of rows, with a fixed seed. One line in {@value #CHAMBERY_ONE_IN} is an
 * association of Chambéry (INSEE 73065), its seat on a street of the street table for most of them; a
 * few are dissolved. The others are of other communes of the département, as in the real file.
 */
public final class RnaFileGenerator {

    static final int CHAMBERY_ONE_IN = 10;
    private static final String HEADER = "id;id_ex;siret;rup_mi;gestion;date_creat;date_decla;date_publi;date_disso;nature;groupement;"
            + "titre;titre_court;objet;objet_social1;objet_social2;adrs_complement;adrs_numvoie;adrs_repetition;adrs_typevoie;"
            + "adrs_libvoie;adrs_distrib;adrs_codeinsee;adrs_codepostal;adrs_libcommune;adrg_declarant;adrg_complemid;adrg_complemgeo;"
            + "adrg_libvoie;adrg_distrib;adrg_codepostal;adrg_achemine;adrg_pays;dir_civilite;telephone;siteweb;email;publiweb;"
            + "observation;position;maj_time";

    private RnaFileGenerator() {
    }

    /** @param streets street names of the street table ({@code rue des Exemples}), for the Chambéry seats */
    public static Path write(Path file, int rows, List<String> streets) throws IOException {
        Random random = new Random(DatasetGenerator.SEED);
        Files.createDirectories(file.getParent());
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1), 1 << 16)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                boolean chambery = i % CHAMBERY_ONE_IN == 0;
                String street = chambery && random.nextInt(10) < 8 ? streets.get(random.nextInt(streets.size()))
                        : FrenchWords.pick(random, FrenchWords.STREET_TYPES) + " " + FrenchWords.pick(random, FrenchWords.STREET_NAMES);
                int space = street.indexOf(' ');
                String disso = random.nextInt(30) == 0 ? "2024-06-30" : "0001-01-01";
                String name = FrenchWords.pick(random, FrenchWords.ASSOCIATION_KINDS) + " " + FrenchWords.pick(random, FrenchWords.ASSOCIATION_OBJECTS);
                String[] fields = {
                        String.format("W73%07d", i), "", "", "", "", "2001-03-12", "2019-05-02", "2019-05-18", disso, "D", "S",
                        upper(name + " " + (i % 9973)), "", "Faire vivre " + FrenchWords.pick(random, FrenchWords.THEMES).toLowerCase(), "", "",
                        "", Integer.toString(1 + random.nextInt(150)), "", upper(street.substring(0, space)), upper(street.substring(space + 1)),
                        "", chambery ? "73065" : String.format("73%03d", 1 + random.nextInt(300)), chambery ? "73000" : "73100",
                        chambery ? "CHAMBERY" : "AUTRE COMMUNE", "", "", "", "", "", "", "", "", "PM", "", "", "", "0", "",
                        disso.startsWith("0001") ? "A" : "D", "2025-01-01 00:00:00"};
                out.write(String.join(";", fields));
                out.write('\n');
            }
        }
        return file;
    }

    /** As the RNA writes names: upper case, without accents (ISO-8859-1 has them, the file does not use them). */
    private static String upper(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replace(';', ',');
    }
}
