package cn.org.smeie.competition.mail.control;

import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.mail.entity.MailMessage;
import cn.org.smeie.competition.platform.error.Messages;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts a mail in the outbox, in the caller's transaction: the mail exists exactly when the change it
 * tells of commits. Texts come from the message bundles ({@code mail.<kind>.subject} and
 * {@code mail.<kind>.body}); every mail is in Chinese, then English, as the competition's users are.
 * {@code {0}} in a text is the platform's public address; the caller's arguments follow from {@code {1}}.
 */
@Dependent
public class Mailer {

    private static final Locale CHINESE = Locale.CHINESE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @Inject
    @ConfigProperty(name = "competition.public.url")
    String publicUrl;

    /** A mail a person waits for (a confirmation link): it goes out before notices queued earlier. */
    public MailMessage sendUrgent(String recipient, String kind, Object... arguments) {
        return queue(recipient, kind, MailMessage.URGENT, arguments);
    }

    /** A notice of something that happened. */
    public MailMessage send(String recipient, String kind, Object... arguments) {
        return queue(recipient, kind, MailMessage.NOTICE, arguments);
    }

    private MailMessage queue(String recipient, String kind, int priority, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        String subjectKey = "mail." + kind + ".subject";
        String bodyKey = "mail." + kind + ".body";
        String subject = Messages.format(CHINESE, subjectKey, all) + " / " + Messages.format(Locale.ENGLISH, subjectKey, all);
        String body = Messages.format(CHINESE, bodyKey, all) + "\n\n-----\n\n" + Messages.format(Locale.ENGLISH, bodyKey, all)
                + "\n\n" + Messages.format(CHINESE, "mail.footer", all) + "\n" + Messages.format(Locale.ENGLISH, "mail.footer", all);
        MailMessage mail = new MailMessage(recipient, kind, priority, subject, body, OffsetDateTime.now(AuditTrail.ZONE));
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
        return mail;
    }
}
