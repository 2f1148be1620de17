package cn.org.smeie.competition.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process SMTP server (GreenMail) on the port the server's {@code MAIL_SMTP_PORT} names: the
 * application's mails really travel over SMTP to it. In-container tests run it inside the test server's
 * JVM, started by the first test that needs it and stopped by {@link MailboxShutdown} when the test
 * archive is undeployed; client tests ({@code @RunAsClient}) run it in their own JVM.
 */
public final class Mailbox {

    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("MAIL_SMTP_PORT", "28025"));
    private static final Pattern TOKEN = Pattern.compile("confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private static GreenMail server;

    private Mailbox() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails to this address so far (none while the server is stopped). */
    public static synchronized List<MimeMessage> to(String recipient) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, recipient)).toList();
    }

    /** Waits (up to 30 s) until the address has at least {@code count} mails, and returns them; starts the server. */
    public static List<MimeMessage> await(String recipient, int count) {
        List<MimeMessage> mails = awaitMails(recipient, found -> found.size() >= count);
        if (mails.size() < count) {
            throw new AssertionError("expected " + count + " mail(s) to " + recipient + ", got " + mails.size());
        }
        return mails;
    }

    /**
     * Waits (up to 30 s) until a mail to the address has a subject starting with {@code prefix}, and returns it:
     * mails go out after their transaction commits, in their own order.
     */
    public static MimeMessage awaitSubject(String recipient, String prefix) {
        Predicate<MimeMessage> subjected = mail -> subject(mail).startsWith(prefix);
        return awaitMails(recipient, found -> found.stream().anyMatch(subjected)).stream().filter(subjected)
                .findFirst().orElseThrow(() -> new AssertionError(
                        "no mail to " + recipient + " with a subject starting " + prefix));
    }

    /** The address's mails once they satisfy {@code enough}, or as they are after 30 s; starts the server. */
    private static List<MimeMessage> awaitMails(String recipient, Predicate<List<MimeMessage>> enough) {
        start();
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<MimeMessage> mails = to(recipient);
        while (!enough.test(mails) && Instant.now().isBefore(until)) {
            sleep();
            mails = to(recipient);
        }
        return mails;
    }

    /** The token of the newest confirmation link sent to the address. */
    public static String confirmationToken(String recipient) {
        List<MimeMessage> mails = await(recipient, 1);
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher m = TOKEN.matcher(body(mails.get(i)));
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no confirmation link in the mails to " + recipient);
    }

    public static String body(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage mail, String recipient) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
