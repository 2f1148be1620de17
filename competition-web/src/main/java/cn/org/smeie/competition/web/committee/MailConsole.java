package cn.org.smeie.competition.web.committee;

import cn.org.smeie.competition.mail.boundary.MailLog;
import cn.org.smeie.competition.mail.boundary.MailQuery;
import cn.org.smeie.competition.mail.entity.MailMessage;
import cn.org.smeie.competition.mail.entity.MailStatus;
import cn.org.smeie.competition.web.shared.Feedback;
import cn.org.smeie.competition.web.shared.PagedList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The mail log: every mail the platform wrote, whether it went out, and "send again" for those that did not. */
@Named
@ViewScoped
public class MailConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailLog log;

    @Inject
    Feedback feedback;

    private String recipient;
    private MailStatus status;
    private String destination;
    private PagedList<MailMessage> mails;
    private MailMessage shown;

    @PostConstruct
    void init() {
        destination = log.destination();
        mails = new PagedList<>((first, max) -> log.search(query(), first, max), () -> log.count(query()),
                MailMessage::getId);
    }

    private MailQuery query() {
        return new MailQuery(recipient, status);
    }

    public void show(MailMessage mail) {
        shown = mail;
    }

    public void sendNow(MailMessage mail) {
        feedback.attempt(() -> log.sendNow(mail.getId()), MailMessage::getRecipient, "mail.queuedAgain");
    }

    public List<MailStatus> getStatuses() {
        return List.of(MailStatus.values());
    }

    public PagedList<MailMessage> getMails() {
        return mails;
    }

    public String getDestination() {
        return destination;
    }

    public MailMessage getShown() {
        return shown;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }
}
