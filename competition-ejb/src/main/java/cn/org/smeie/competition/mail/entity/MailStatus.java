package cn.org.smeie.competition.mail.entity;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting to be sent (first time, or again after a failed attempt). */
    PENDING,
    /** Taken by a sender; back to pending if the sender died before it could say how it went. */
    SENDING,
    SENT,
    /** Given up after the last attempt; the committee can send it again. */
    FAILED
}
