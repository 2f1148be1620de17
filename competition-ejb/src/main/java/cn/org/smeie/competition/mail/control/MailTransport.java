package cn.org.smeie.competition.mail.control;

import cn.org.smeie.competition.mail.entity.MailMessage;
import cn.org.smeie.competition.platform.files.DataFolder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a mail to the SMTP server that {@code mail.smtp.host} names (environment {@code MAIL_SMTP_HOST},
 * with {@code MAIL_SMTP_PORT}, {@code MAIL_SMTP_USER}, {@code MAIL_SMTP_PASSWORD},
 * {@code MAIL_SMTP_STARTTLS}, {@code MAIL_FROM}, {@code MAIL_FROM_NAME}). Without a host, as on a machine that just runs the
 * console, each mail is written as an {@code .eml} file to {@code mail/outbox} of the data folder,
 * where any mail program opens it.
 */
@ApplicationScoped
public class MailTransport {

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "mail.from.name")
    String fromName;

    @Inject
    DataFolder data;

    private Session session;

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        host.ifPresent(h -> properties.put("mail.smtp.host", h));
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        Authenticator authenticator = null;
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    /** Sends the mail, or writes it to the outbox folder when no SMTP server is configured. */
    public void deliver(MailMessage mail) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("X-Competition-Mail", mail.getKind() + "-" + mail.getId());
        if (host.isPresent()) {
            Transport.send(message);
            return;
        }
        Path folder = data.folder("mail/outbox");
        Path temporary = folder.resolve(mail.getId() + ".eml.part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            message.writeTo(out);
        }
        DataFolder.replaceAtomically(temporary, folder.resolve(mail.getId() + ".eml"));
    }

    /** Where mails go, for the console: the SMTP server, or the outbox folder. */
    public String destination() {
        return host.map(h -> "smtp://" + h + ":" + port).orElseGet(() -> data.root().resolve("mail/outbox").toString());
    }
}
