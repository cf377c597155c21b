package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.DirectoryRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The RNA file as the directory: the active associations of Chambéry, with their seat's street and postcode. */
class RnaDirectorySourceTest {

    private static final String HEADER = "id;titre;objet;adrs_numvoie;adrs_repetition;adrs_typevoie;adrs_libvoie;adrs_codeinsee;"
            + "adrs_codepostal;date_disso;position";

    @Test
    void givesTheActiveAssociationsOfChamberyWithTheirSeat(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rna_waldec_73.csv");
        Files.writeString(file, HEADER + "\n"
                + "W731000201;LES JARDINS DE BISSY;jardinage collectif;12;B;CHEMIN;FICTIF;73065;73000;0001-01-01;A\n"
                + "W731000202;CLUB DISSOUS;sport;;;;;73065;73000;2024-06-30;A\n"
                + "W731000203;AMICALE SUPPRIMEE;entraide;;;;;73065;73000;0001-01-01;S\n"
                + "W741000999;ASSOCIATION DU VOISIN;voisinage;3;;RUE;DU LAC;74010;74000;0001-01-01;A\n"
                + "W731000204;SANS ADRESSE;lecture;;;;;73065;;0001-01-01;A\n", StandardCharsets.ISO_8859_1);
        List<DirectoryRecord> records = new ArrayList<>();
        RnaDirectorySource source = new RnaDirectorySource(file.toUri().toString(), new DirectoryFetcher());

        source.read(records::add);

        assertThat(source.key()).isEqualTo("rna");
        assertThat(records).extracting(DirectoryRecord::rnaNumber).containsExactly("W731000201", "W731000204");
        DirectoryRecord jardins = records.getFirst();
        assertThat(jardins.name()).isEqualTo("LES JARDINS DE BISSY");
        assertThat(jardins.purpose()).isEqualTo("jardinage collectif");
        assertThat(jardins.address()).isEqualTo("12 B CHEMIN FICTIF");
        assertThat(jardins.postcode()).isEqualTo("73000");
        assertThat(jardins.quartier()).as("placed by the street table, not by the file").isNull();
        assertThat(records.get(1).address()).isNull();
        assertThat(records.get(1).postcode()).isNull();
    }

    @Test
    void aMissingFileLeavesTheRunIncomplete(@TempDir Path dir) {
        RnaDirectorySource source = new RnaDirectorySource(dir.resolve("absent.csv").toUri().toString(), new DirectoryFetcher());
        assertThatThrownBy(() -> source.read(record -> { })).isInstanceOf(IncompleteSourceException.class)
                .hasMessageStartingWith("Le fichier RNA n'a pas pu être lu");
    }
}
