package fr.chambery.cqc.web.infrastructure;

import fr.chambery.cqc.core.mail.Mail;
import fr.chambery.cqc.core.mail.MailNotSentException;
import fr.chambery.cqc.core.mail.Postman;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * E-mail through Jakarta Mail to the SMTP server of {@code cqc.mail.*} (or, on a developer's machine,
 * into {@code cqc.mail.outbox} as {@code .eml} files). Logs never name the recipient.
 */
@ApplicationScoped
public class SmtpPostman implements Postman {

    private static final Logger LOG = Logger.getLogger(SmtpPostman.class.getName());

    @Inject
    @ConfigProperty(name = "cqc.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "cqc.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "cqc.mail.from", defaultValue = "cqc@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "cqc.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "cqc.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "cqc.mail.starttls", defaultValue = "false")
    boolean starttls;

    /** For a developer's machine: the messages are written there as {@code .eml} files instead of being sent. */
    @Inject
    @ConfigProperty(name = "cqc.mail.outbox")
    Optional<String> outbox;

    @Override
    public void send(Mail mail) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (outbox.filter(o -> !o.isBlank()).isPresent()) {
                write(message, Path.of(outbox.get()));
            } else if (user.isPresent()) {
                Transport.send(message, user.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | IOException e) {
            LOG.warning(() -> "Mail not sent through " + host + ":" + port + ": " + e.getClass().getSimpleName());
            throw new MailNotSentException(e);
        }
    }

    private static void write(MimeMessage message, Path directory) throws IOException, MessagingException {
        Files.createDirectories(directory);
        Path file = directory.resolve(Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID() + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
    }
}
