package cn.org.smeie.competition.web.security;

import cn.org.smeie.competition.account.entity.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Where a signed-in person starts: the password page while a one-time password is in force, else their console. */
final class Landing {

    static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** Session attribute: the page (path and query in this application) asked for before signing in. */
    static final String ORIGINAL_PAGE = Landing.class.getName() + ".original";

    private Landing() {
    }

    static String pageFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(AccountIdentityStore.MUST_CHANGE_PASSWORD) != null) {
            return PASSWORD_PAGE;
        }
        Object original = session == null ? null : session.getAttribute(ORIGINAL_PAGE);
        if (original instanceof String page && page.startsWith("/") && !page.startsWith("//")) {
            session.removeAttribute(ORIGINAL_PAGE);
            return page;
        }
        if (request.isUserInRole(Role.COMMITTEE_ROLE) || request.isUserInRole(Role.HOST_ROLE)) {
            return "/console/dashboard.xhtml";
        }
        if (request.isUserInRole(Role.JUDGE_ROLE)) {
            return "/judge/sheets.xhtml";
        }
        if (request.isUserInRole(Role.TEAM_ROLE)) {
            return "/team/registration.xhtml";
        }
        return "/";
    }
}
