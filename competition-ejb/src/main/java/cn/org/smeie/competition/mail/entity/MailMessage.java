package cn.org.smeie.competition.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A mail of the outbox. It is written in the transaction of the change it tells of (a sign-up, a
 * decision on a registration), so it exists exactly when the change does; a sender delivers it
 * after the commit and retries with growing pauses until it goes out or {@link #MAX_ATTEMPTS} are spent.
 */
@Entity
@Table(name = "mail_message")
@NamedQuery(name = MailMessage.DUE, query = "select m.id from MailMessage m where m.status ="
        + " cn.org.smeie.competition.mail.entity.MailStatus.PENDING and m.nextAttemptAt <= :now"
        + " order by m.priority, m.id")
@NamedQuery(name = MailMessage.STALE, query = "select m.id from MailMessage m where m.status ="
        + " cn.org.smeie.competition.mail.entity.MailStatus.SENDING and m.claimedAt < :before")
@NamedQuery(name = MailMessage.CLAIM, query = "update MailMessage m set m.status ="
        + " cn.org.smeie.competition.mail.entity.MailStatus.SENDING, m.claimedAt = :now"
        + " where m.id = :id and (m.status = cn.org.smeie.competition.mail.entity.MailStatus.PENDING"
        + " or (m.status = cn.org.smeie.competition.mail.entity.MailStatus.SENDING and m.claimedAt < :before))")
@NamedQuery(name = MailMessage.TO_RECIPIENT, query = "select m from MailMessage m where m.recipient = :recipient"
        + " order by m.id")
public class MailMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DUE = "MailMessage.due";
    public static final String STALE = "MailMessage.stale";
    public static final String CLAIM = "MailMessage.claim";
    public static final String TO_RECIPIENT = "MailMessage.toRecipient";

    /** Attempts before a mail is given up (the pauses between them add up to about a day). */
    public static final int MAX_ATTEMPTS = 10;

    /** A person is waiting for it (a confirmation link). */
    public static final int URGENT = 0;
    /** Tells of something that happened. */
    public static final int NOTICE = 1;

    @Id
    @SequenceGenerator(name = "mail_message_seq", sequenceName = "mail_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
    private Long id;

    @Column(nullable = false, length = 200, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    /** {@link #URGENT} goes out before {@link #NOTICE}s queued earlier, such as the mails of a large import. */
    @Column(nullable = false, updatable = false)
    private int priority;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, length = 8000, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected MailMessage() {
    }

    public MailMessage(String recipient, String kind, int priority, String subject, String body, OffsetDateTime now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.priority = priority;
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(OffsetDateTime now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** An attempt failed: try again after a pause that doubles each time (1 min, 2, 4 … 4 h), or give up. */
    public void failed(String error, OffsetDateTime now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = now.plus(pauseAfter(attempts));
        }
    }

    /** The committee sends a waiting or given-up mail again now: a fresh round of attempts. */
    public void retry(OffsetDateTime now) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    static Duration pauseAfter(int attempts) {
        return Duration.ofMinutes(Math.min(1L << Math.min(attempts - 1, 8), 240));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public int getPriority() {
        return priority;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
