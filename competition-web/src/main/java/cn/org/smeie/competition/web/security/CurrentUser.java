package cn.org.smeie.competition.web.security;

import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.account.entity.Account;
import cn.org.smeie.competition.account.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The signed-in person, for the page header and for what a page offers; and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private Account account;

    @PostConstruct
    void load() {
        account = accounts.me().orElse(null);
    }

    public boolean isSignedIn() {
        return account != null;
    }

    public String getName() {
        return account == null ? null : account.getDisplayName() + " (" + account.getUsername() + ")";
    }

    public boolean isCommittee() {
        return account != null && account.getRole() == Role.COMMITTEE;
    }

    public boolean isHost() {
        return account != null && account.getRole() == Role.HOST;
    }

    public boolean isJudge() {
        return account != null && account.getRole() == Role.JUDGE;
    }

    public boolean isTeam() {
        return account != null && account.getRole() == Role.TEAM;
    }

    public Role getRole() {
        return account == null ? null : account.getRole();
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
