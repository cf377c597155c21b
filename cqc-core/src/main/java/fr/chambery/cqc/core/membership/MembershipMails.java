package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.mail.Mail;

/** The e-mails of the sign-up, in French; each one carries the link to leave, export or erase. */
final class MembershipMails {

    private MembershipMails() {
    }

    static Mail confirmation(String to, String council, String confirmUrl, String gestionUrl) {
        return new Mail(to, "Confirmez votre inscription au " + council, """
                Bonjour,

                Vous vous êtes inscrit·e au %s. Pour confirmer votre inscription, ouvrez ce lien (valable 48 heures, une seule fois) :

                %s

                Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : sans confirmation, l'inscription n'est pas prise en compte.
                %s""".formatted(council, confirmUrl, footer(gestionUrl)));
    }

    static Mail alreadyMember(String to, String council, String gestionUrl) {
        return new Mail(to, "Vous êtes déjà inscrit·e au " + council, """
                Bonjour,

                Une nouvelle demande d'inscription au %s a été faite avec votre adresse, mais vous en êtes déjà membre : rien n'a changé.
                %s""".formatted(council, footer(gestionUrl)));
    }

    static Mail toMembers(String to, String council, String subject, String text, String gestionUrl) {
        return new Mail(to, "[" + council + "] " + subject, text.strip() + "\n" + footer(gestionUrl));
    }

    static Mail signInLink(String to, String firstName, String linkUrl, java.time.Duration lifetime, String gestionUrl) {
        return new Mail(to, "Votre lien de connexion à l'espace membre", """
                Bonjour %s,

                Pour vous connecter à l'espace membre des conseils de quartier citoyens, ouvrez ce lien (valable %s, une seule fois) :

                %s

                Si vous n'avez pas demandé à vous connecter, ignorez ce message : personne ne pourra se connecter sans ce lien.
                %s""".formatted(firstName, duration(lifetime), linkUrl, footer(gestionUrl)));
    }

    /** « 15 minutes », « 2 heures », « 45 secondes ». */
    static String duration(java.time.Duration d) {
        if (d.toMinutes() == 0) {
            return d.toSeconds() + " secondes";
        }
        if (d.toMinutes() % 60 != 0 || d.toHours() == 0) {
            return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
        }
        return d.toHours() + (d.toHours() == 1 ? " heure" : " heures");
    }

    static String footer(String gestionUrl) {
        return """

                --
                Quitter un conseil, recevoir ou effacer vos données : %s
                (lien personnel, valable 90 jours)
                """.formatted(gestionUrl);
    }
}
