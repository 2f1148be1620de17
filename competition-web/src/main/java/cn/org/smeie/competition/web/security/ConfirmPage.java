package cn.org.smeie.competition.web.security;

import cn.org.smeie.competition.account.boundary.TeamSignUp;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The page a confirmation link opens: confirms the address and says so, or says why not. A contact
 * invited by an import has no password yet and chooses it here first.
 */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    TeamSignUp signUp;

    @Inject
    Feedback feedback;

    private String token;
    private String confirmedEmail;
    private boolean choosingPassword;
    private String password;
    private String repeated;

    /** On opening the link: confirms at once, unless a password must be chosen first. */
    public void open() {
        try {
            choosingPassword = signUp.needsPassword(token);
            if (!choosingPassword) {
                confirmedEmail = signUp.confirm(token).getEmail();
            }
        } catch (CompetitionException e) {
            feedback.refused(e, field -> null);
        }
    }

    /** The invited contact's chosen password: confirms the address and sets it. */
    public void choosePassword() {
        choosingPassword = true;
        if (password == null || !password.equals(repeated)) {
            feedback.errorOn("passwordForm:repeated", "password.repeatDiffers");
            return;
        }
        try {
            confirmedEmail = signUp.confirm(token, password).getEmail();
            choosingPassword = false;
        } catch (CompetitionException e) {
            feedback.refused(e, Feedback.inputsOf("passwordForm", Set.of("password")));
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getConfirmedEmail() {
        return confirmedEmail;
    }

    public boolean isChoosingPassword() {
        return choosingPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
