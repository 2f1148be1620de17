package cn.org.smeie.competition.account.boundary;

import cn.org.smeie.competition.account.control.Passwords;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.audit.control.AuditTrail;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.platform.validation.InputValidator;
import jakarta.annotation.security.PermitAll;
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

/**
 * Self-service sign-up of a team contact (参赛团队联系人): the e-mail address is the user name.
 * Anyone may sign up; the account can then register its team. (Confirmation of the address by
 * e-mail is still to come.)
 */
@Stateless
@PermitAll
public class TeamSignUp {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    /** What a team contact gives to sign up. */
    public record SignUpForm(
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 64, message = "{validation.tooLong}")
            String email,
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
            String displayName,
            String password) implements Serializable {

        public SignUpForm {
            email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
            displayName = displayName == null ? null : displayName.strip();
        }
    }

    public Account signUp(SignUpForm form) {
        List<Violation> more = new ArrayList<>();
        if (form != null && form.email() != null && !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", form.email()).getResultList().isEmpty()) {
            more.add(new Violation("email", "account.email.taken"));
        }
        validator.check(form, more);
        Passwords.check(form.email(), form.password(), "password");
        Account account = new Account(form.email(), form.displayName(), form.email(), Role.TEAM,
                passwords.hash(form.password()), false, OffsetDateTime.now(AuditTrail.ZONE));
        em.persist(account);
        em.flush();
        audit.recordAs(form.email(), "SIGN_UP", "Account", account.getId(), null, null, account.snapshot());
        return account;
    }
}
