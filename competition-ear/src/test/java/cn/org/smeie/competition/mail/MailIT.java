package cn.org.smeie.competition.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.org.smeie.competition.account.boundary.TeamSignUp;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.audit.boundary.AuditLog;
import cn.org.smeie.competition.audit.entity.AuditEntry;
import cn.org.smeie.competition.edition.boundary.Editions;
import cn.org.smeie.competition.it.Caller;
import cn.org.smeie.competition.it.Deployments;
import cn.org.smeie.competition.it.Mailbox;
import cn.org.smeie.competition.it.Teams;
import cn.org.smeie.competition.mail.boundary.MailLog;
import cn.org.smeie.competition.mail.boundary.MailQuery;
import cn.org.smeie.competition.mail.entity.MailMessage;
import cn.org.smeie.competition.mail.entity.MailStatus;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.registration.boundary.Registrations;
import cn.org.smeie.competition.registration.entity.Registration;
import cn.org.smeie.competition.track.entity.Track;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail over real SMTP (GreenMail in the test server): the confirmation of a team contact's address,
 * the notices of every decision on a registration, and the outbox that keeps a mail until it goes out.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(MailIT.class);
    }

    @Inject
    TeamSignUp signUp;

    @Inject
    Registrations registrations;

    @Inject
    MailLog mailLog;

    @Inject
    AuditLog audit;

    @Inject
    Editions editions;

    private Track track;

    @BeforeEach
    void openTrack() {
        Mailbox.start();
        long edition = editions.all().stream().filter(e -> e.getOrdinal() == 1).findFirst().orElseThrow().getId();
        track = Teams.openTrack(edition);
        Caller.signOut();
    }

    @AfterEach
    void signOut() {
        Mailbox.start();
        Caller.signOut();
    }

    @Test
    void aNewContactConfirmsItsAddressByTheMailedLinkBeforeItMayRegister() {
        String email = newContact();
        MimeMessage mail = Mailbox.await(email, 1).get(0);
        assertTrue(Mailbox.subject(mail).contains("请确认您的电子邮箱"), Mailbox.subject(mail));
        assertTrue(Mailbox.subject(mail).contains("Please confirm your e-mail address"), Mailbox.subject(mail));
        String body = Mailbox.body(mail);
        assertTrue(body.contains("http://localhost:28080/confirm.xhtml?token="), body);
        assertTrue(body.contains("联系人 " + email.substring(0, 4)) && body.contains("72 小时"), body);

        Caller.as(email, Caller.CHOSEN_PASSWORD);
        ConflictException unconfirmed = assertThrows(ConflictException.class,
                () -> registrations.create(track.getId(), Teams.validTeam()));
        assertEquals("registration.emailUnconfirmed", unconfirmed.key());
        assertEquals("registration.emailUnconfirmed", assertThrows(ConflictException.class,
                () -> registrations.create(track.getId(), Teams.validTeam())).key(), "still, on a second try");

        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> signUp.confirm("made-up-token"));
        assertEquals("account.emailToken.invalid", wrong.violations().get(0).key());
        String token = Mailbox.confirmationToken(email);
        Account confirmed = signUp.confirm(token);
        assertTrue(confirmed.isEmailConfirmed());
        assertEquals("account.emailToken.invalid", assertThrows(InvalidInputException.class,
                () -> signUp.confirm(token)).violations().get(0).key(), "a link confirms once");

        Registration created = registrations.create(track.getId(), Teams.validTeam());
        assertNotNull(created.getId());
        Caller.asCommittee();
        assertEquals(List.of("SIGN_UP", "CONFIRM_EMAIL"), audit.history("Account", confirmed.getId()).stream()
                .map(AuditEntry::getAction).toList());
    }

    @Test
    void aContactWhoLostTheMailAsksForANewOneAndOnlyTheNewestLinkWorks() throws InterruptedException {
        String email = newContact();
        String first = Mailbox.confirmationToken(email);
        Caller.as(email, Caller.CHOSEN_PASSWORD);
        assertEquals("account.email.resendTooSoon", assertThrows(ConflictException.class,
                () -> signUp.resendConfirmation()).key(), "not twice within the pause");
        Thread.sleep(2_100);
        signUp.resendConfirmation();
        Mailbox.await(email, 2);
        String second = Mailbox.confirmationToken(email);
        assertTrue(!second.equals(first), "a new link");
        assertThrows(InvalidInputException.class, () -> signUp.confirm(first), "the old link is void");
        signUp.confirm(second);
        Caller.as(email, Caller.CHOSEN_PASSWORD);
        assertEquals("account.email.alreadyConfirmed", assertThrows(ConflictException.class,
                () -> signUp.resendConfirmation()).key());
    }

    @Test
    void everyDecisionOnARegistrationIsMailedToTheTeamContact() {
        String contact = Teams.signedUpContact();
        Registration draft = registrations.create(track.getId(), Teams.validTeam());
        Registration submitted = registrations.submit(draft.getId(), draft.getVersion());
        Caller.asCommittee();
        Registration returned = registrations.returnToTeam(submitted.getId(), submitted.getVersion(),
                "请补充企业专家的职称 <b>及单位</b>");
        Caller.as(contact, Caller.CHOSEN_PASSWORD);
        Registration again = registrations.submit(returned.getId(), returned.getVersion());
        Caller.asCommittee();
        registrations.approve(again.getId(), again.getVersion());

        List<MimeMessage> mails = Mailbox.await(contact, 5);
        List<String> subjects = mails.stream().map(Mailbox::subject).toList();
        assertTrue(subjects.get(0).contains("请确认"), subjects.toString());
        assertTrue(subjects.get(1).startsWith("报名已提交：" + draft.getTeamName() + "（" + track.getCode() + "）"),
                subjects.toString());
        assertTrue(subjects.get(2).startsWith("报名被退回修改"), subjects.toString());
        assertTrue(Mailbox.body(mails.get(2)).contains("请补充企业专家的职称 <b>及单位</b>"), "the reason, verbatim");
        assertTrue(subjects.get(3).startsWith("报名已提交"), subjects.toString());
        assertTrue(subjects.get(4).startsWith("报名已通过审核") && subjects.get(4).contains("Registration approved"),
                subjects.toString());

        String other = Teams.signedUpContact();
        Registration second = registrations.create(track.getId(), Teams.validTeam());
        second = registrations.submit(second.getId(), second.getVersion());
        Caller.asCommittee();
        registrations.reject(second.getId(), second.getVersion(), "与赛项方向不符");
        MimeMessage rejected = Mailbox.await(other, 3).get(2);
        assertTrue(Mailbox.subject(rejected).startsWith("报名未通过审核"));
        assertTrue(Mailbox.body(rejected).contains("与赛项方向不符"));
    }

    @Test
    void aMailThatCannotBeSentWaitsInTheOutboxAndGoesOutLater() {
        Mailbox.stop();
        String email = newContact();
        Caller.asCommittee();
        MailMessage waiting = awaitMail(email, m -> m.getAttempts() >= 1);
        assertEquals(MailStatus.PENDING, waiting.getStatus(), "the mail server is down: the mail waits");
        assertNotNull(waiting.getLastError());
        assertTrue(waiting.getNextAttemptAt().isAfter(waiting.getCreatedAt()), "after a pause");
        assertTrue(Mailbox.to(email).isEmpty());

        Mailbox.start();
        mailLog.sendNow(waiting.getId());
        assertEquals(1, Mailbox.await(email, 1).size());
        MailMessage sent = awaitMail(email, m -> m.getStatus() == MailStatus.SENT);
        assertEquals(1, sent.getAttempts(), "sent at the first attempt of the fresh round");
        assertEquals("mail.notWaiting", assertThrows(ConflictException.class,
                () -> mailLog.sendNow(sent.getId())).key(), "a sent mail is not sent again");
        assertTrue(mailLog.count(new MailQuery(email, MailStatus.SENT)) == 1);
    }

    private String newContact() {
        Caller.signOut();
        String email = Deployments.uniqueCode("m").toLowerCase() + "@team.example.cn";
        signUp.signUp(new TeamSignUp.SignUpForm(email, "联系人 " + email.substring(0, 4), Caller.CHOSEN_PASSWORD));
        return email;
    }

    private MailMessage awaitMail(String email, Predicate<MailMessage> condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            List<MailMessage> mails = mailLog.search(new MailQuery(email, null), 0, 10);
            if (mails.size() == 1 && condition.test(mails.get(0))) {
                return mails.get(0);
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("the mail to " + email + " did not reach the expected state: " + mails);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
