// Writes the demo content's « Guide de l'animation de réunion » (cqc-core/src/main/resources/demo/guide-animation-reunion.pdf)
// with PDFBox, which Tika brings:
//   mvn -q -pl cqc-core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   java -cp "$(cat /tmp/cp.txt)" tools/MakeGuide.java cqc-core/src/main/resources/demo/guide-animation-reunion.pdf
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.util.*;
public class MakeGuide {
  public static void main(String[] a) throws Exception {
    String[] lines = {
      "#Guide de l'animation de réunion",
      "Conseils de quartier citoyens de Chambéry - document de démonstration",
      "",
      "#1. Préparer la réunion",
      "Fixer l'objectif de la réunion et un ordre du jour court, envoyé aux membres",
      "au moins une semaine avant. Réserver une salle accessible et prévoir un lien",
      "en ligne pour celles et ceux qui ne peuvent pas se déplacer.",
      "",
      "#2. Ouvrir la séance",
      "Accueillir les participant·es, rappeler la charte des CQC et les règles de",
      "parole : chacun·e s'exprime, personne ne coupe la parole, on parle du quartier.",
      "Désigner une personne qui anime, une qui prend des notes, une garante du temps.",
      "",
      "#3. Faire vivre les échanges",
      "Donner la parole à tour de rôle, reformuler les propositions, distinguer les",
      "constats des idées. Les groupes de travail présentent leur avancement.",
      "",
      "#4. Décider et conclure",
      "Rechercher le consensus ; à défaut, voter à main levée. Noter qui fait quoi",
      "et pour quand. Annoncer la date de la prochaine plénière.",
      "",
      "#5. Après la réunion",
      "Le compte rendu est relu par les deux référent·es puis publié dans les",
      "documents à consulter du conseil de quartier.",
    };
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page);
      PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 780;
        for (String l : lines) {
          boolean h = l.startsWith("#");
          String t = (h ? l.substring(1) : l).replace("·", "-");
          cs.beginText(); cs.setFont(h ? bold : regular, h ? 14 : 11); cs.newLineAtOffset(60, y); cs.showText(t); cs.endText();
          y -= h ? 22 : 16;
        }
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("Guide de l'animation de réunion"); info.setAuthor("Conseils de quartier citoyens (démonstration)");
      Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC")); c.setTimeInMillis(1630000000000L);
      info.setCreationDate(c); info.setModificationDate(c);
      doc.save(a[0]);
    }
  }
}
