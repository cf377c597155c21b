package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.mail.Mail;
import fr.chambery.cqc.core.membership.Members;

import java.util.List;
import java.util.stream.Collectors;

/** The fabrique's e-mails to a subject's author, in French; each carries her gestion link. */
final class FabriqueMails {

    private FabriqueMails() {
    }

    /** One subject of the digest: its title, its new comments, its page. */
    record DigestLine(String title, long comments, String url) {
    }

    static Mail stateChanged(String to, String firstName, String title, EtatSujet state, String url, String gestionUrl) {
        return new Mail(to, "Votre sujet « " + title + " » est " + stateWords(state), """
                Bonjour %s,

                Votre sujet « %s » est désormais %s.

                Le voir : %s
                %s""".formatted(firstName, title, stateWords(state), url, Members.mailFooter(gestionUrl)));
    }

    /** Her subject is hidden: the moderators' public reason, as the page shows it; its text stays with the moderators. */
    static Mail hidden(String to, String firstName, String title, String reason, String url, String gestionUrl) {
        return new Mail(to, "Votre sujet « " + title + " » a été masqué par la modération", """
                Bonjour %s,

                Les modérateurs de votre conseil de quartier ont masqué votre sujet « %s ».
                La raison publiée à sa place : %s

                La page du sujet : %s
                %s""".formatted(firstName, title, reason, url, Members.mailFooter(gestionUrl)));
    }

    static Mail digest(String to, String firstName, List<DigestLine> lines, String gestionUrl) {
        long total = lines.stream().mapToLong(DigestLine::comments).sum();
        String list = lines.stream().map(l -> "- « %s » : %s\n  %s".formatted(l.title(), comments(l.comments()), l.url()))
                .collect(Collectors.joining("\n"));
        return new Mail(to, total == 1 ? "Un nouveau commentaire sur votre sujet" : "De nouveaux commentaires sur vos sujets", """
                Bonjour %s,

                Depuis notre dernier message, vos sujets de la fabrique citoyenne ont reçu %s :

                %s

                Vous recevez au plus un message de ce type par jour.
                %s""".formatted(firstName, comments(total), list, Members.mailFooter(gestionUrl)));
    }

    static String stateWords(EtatSujet state) {
        return switch (state) {
            case PROPOSE -> "proposé";
            case RETENU -> "retenu au programme de travail";
            case NON_RETENU -> "non retenu";
            case FUSIONNE -> "fusionné avec un autre sujet";
            case RETIRE -> "retiré";
        };
    }

    private static String comments(long count) {
        return count == 1 ? "1 nouveau commentaire" : count + " nouveaux commentaires";
    }
}
