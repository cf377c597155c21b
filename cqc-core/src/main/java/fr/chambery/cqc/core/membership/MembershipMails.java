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

    private static String footer(String gestionUrl) {
        return """

                --
                Quitter un conseil, recevoir ou effacer vos données : %s
                (lien personnel, valable 90 jours)
                """.formatted(gestionUrl);
    }
}
