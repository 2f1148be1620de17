package cn.org.smeie.competition.web.security;

import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.platform.error.CompetitionException;
import cn.org.smeie.competition.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/** Choosing one's own password: forced after a one-time password, open to everyone otherwise. */
@Named
@RequestScoped
public class PasswordPage {

    private static final Set<String> FIELDS = Set.of("currentPassword", "newPassword");

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    public boolean isForced() {
        HttpSession session = ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false);
        return session != null && session.getAttribute(AccountIdentityStore.MUST_CHANGE_PASSWORD) != null;
    }

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(repeated)) {
            feedback.errorOn("passwordForm:repeated", "password.repeatDiffers");
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
        } catch (CompetitionException e) {
            feedback.refused(e, field -> FIELDS.contains(field) ? "passwordForm:" + field : null);
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AccountIdentityStore.passwordChanged(request);
        external.getFlash().setKeepMessages(true);
        feedback.info("password.changed");
        external.redirect(external.getRequestContextPath() + Landing.pageFor(request));
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
