package cn.org.smeie.competition.mail.boundary;

import cn.org.smeie.competition.mail.entity.MailStatus;
import java.io.Serializable;

/** Filters of the mail log; null matches everything; the recipient matches part of an address. */
public record MailQuery(String recipient, MailStatus status) implements Serializable {

    public static MailQuery all() {
        return new MailQuery(null, null);
    }
}
