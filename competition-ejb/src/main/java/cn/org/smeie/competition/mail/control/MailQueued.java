package cn.org.smeie.competition.mail.control;

/** A mail was put in the outbox; observed after the commit to send it at once rather than at the next round. */
public record MailQueued(long id) {
}
