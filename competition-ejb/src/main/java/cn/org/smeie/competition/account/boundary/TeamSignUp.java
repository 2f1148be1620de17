package cn.org.smeie.competition.account.boundary;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import cn.org.smeie.competition.account.control.CallerScope;
import cn.org.smeie.competition.account.control.EmailTokens;
import cn.org.smeie.competition.account.control.Passwords;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.AccountSnapshot;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.mail.control.Mailer;
import cn.org.smeie.competition.platform.error.ConflictException;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.validation.InputValidator;
import cn.org.smeie.competition.platform.validation.PlainText;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Self-service sign-up of a team contact (参赛团队联系人): the e-mail address is the user name.
 * Anyone may sign up; a mail with a confirmation link goes to the address, and once the link is
 * opened (within {@link #LINK_VALIDITY}) the account can register its team. A contact who lost the
 * mail signs in and asks for a new link (at most one a minute).
 */
@Stateless
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
public class TeamSignUp {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    CallerScope scope;

    /** A contact asks for a new link at most this often (COMPETITION_SIGNUP_RESEND_PAUSE_SECONDS). */
    @Inject
    @ConfigProperty(name = "competition.signup.resend-pause-seconds", defaultValue = "60")
    long resendPauseSeconds;

    /** What a team contact gives to sign up. */
    public record SignUpForm(
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 64, message = "{validation.tooLong}")
            String email,
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @PlainText
            String displayName,
            String password) implements Serializable {

        public SignUpForm {
            email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
            displayName = displayName == null ? null : displayName.strip();
        }
    }

    @PermitAll
    public Account signUp(SignUpForm form) {
        List<Violation> more = new ArrayList<>();
        if (form != null && form.email() != null && !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", form.email()).getResultList().isEmpty()) {
            more.add(new Violation("email", "account.email.taken"));
        }
        validator.check(form, more);
        Passwords.check(form.email(), form.password(), "password");
        Account account = new Account(form.email(), form.displayName(), form.email(), Role.TEAM,
                passwords.hash(form.password()), false, now());
        String token = EmailTokens.issue(account, now());
        em.persist(account);
        em.flush();
        audit.recordAs(form.email(), "SIGN_UP", "Account", account.getId(), null, null, account.snapshot());
        mailer.sendUrgent(account.getEmail(), "signUp", account.getDisplayName(), token);
        return account;
    }

    /** Confirms the address whose link carries this token; anyone holding the link may open it. */
    @PermitAll
    public Account confirm(String token) {
        return confirm(token, null);
    }

    /**
     * Confirms the address whose link carries this token. An invited contact, who has no password yet,
     * chooses one here ({@code password}); a contact who signed up has one and passes null.
     */
    @PermitAll
    public Account confirm(String token, String password) {
        Account account = byToken(token);
        AccountSnapshot before = account.snapshot();
        if (account.hasNoPassword()) {
            Passwords.check(account.getUsername(), password, "password");
            account.changePassword(passwords.hash(password), now());
        }
        account.confirmEmail(now());
        audit.recordAs(account.getUsername(), "CONFIRM_EMAIL", "Account", account.getId(), null, before,
                account.snapshot());
        return account;
    }

    /** Whether the link's holder must choose a password (an invited contact); refuses an unknown link. */
    @PermitAll
    public boolean needsPassword(String token) {
        return byToken(token).hasNoPassword();
    }

    private Account byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidInputException(new Violation("token", "account.emailToken.invalid"));
        }
        return em.createNamedQuery(Account.BY_EMAIL_TOKEN, Account.class)
                .setParameter("hash", EmailTokens.hash(token.strip())).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException(new Violation("token", "account.emailToken.invalid")));
    }

    /** The signed-in team contact whose address is not confirmed yet asks for a new link. */
    @RolesAllowed(TEAM_ROLE)
    public void resendConfirmation() {
        Account account = scope.account();
        if (account.isEmailConfirmed()) {
            throw new ConflictException("account.email.alreadyConfirmed", account.getEmail());
        }
        OffsetDateTime lastSent = EmailTokens.issuedAt(account);
        if (lastSent != null && now().isBefore(lastSent.plusSeconds(resendPauseSeconds))) {
            throw new ConflictException("account.email.resendTooSoon", resendPauseSeconds);
        }
        String token = EmailTokens.issue(account, now());
        audit.record("RESEND_CONFIRMATION", "Account", account.getId(), null, null, null);
        mailer.sendUrgent(account.getEmail(), "signUp", account.getDisplayName(), token);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(AuditTrail.ZONE);
    }
}
