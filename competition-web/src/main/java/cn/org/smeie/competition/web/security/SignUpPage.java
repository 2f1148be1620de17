package cn.org.smeie.competition.web.security;

import cn.org.smeie.competition.account.boundary.TeamSignUp;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Set;

/** Sign-up of a team contact; then the login page, with the new user name filled in. */
@Named
@RequestScoped
public class SignUpPage {

    @Inject
    TeamSignUp signUp;

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    private String email;
    private String displayName;
    private String password;
    private String repeated;

    public void signUp() throws IOException {
        if (password == null || !password.equals(repeated)) {
            feedback.errorOn("signupForm:repeated", "password.repeatDiffers");
            return;
        }
        try {
            signUp.signUp(new TeamSignUp.SignUpForm(email, displayName, password));
        } catch (CompetitionException e) {
            feedback.refused(e, Feedback.inputsOf("signupForm", Set.of("email", "displayName", "password")));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        feedback.info("signup.done", email);
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
