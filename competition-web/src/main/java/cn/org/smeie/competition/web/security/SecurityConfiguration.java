package cn.org.smeie.competition.web.security;

import static cn.org.smeie.competition.account.entity.Role.COMMITTEE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.HOST_ROLE;
import static cn.org.smeie.competition.account.entity.Role.JUDGE_ROLE;
import static cn.org.smeie.competition.account.entity.Role.TEAM_ROLE;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in for the console: a Faces login page that hands the credentials to Jakarta Security,
 * which checks them with {@link AccountIdentityStore}. A protected page asked for before signing in
 * is shown after it. The roles are the account roles; pages are guarded in web.xml, and every
 * boundary checks again in the EJB layer.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({COMMITTEE_ROLE, HOST_ROLE, JUDGE_ROLE, TEAM_ROLE})
@ApplicationScoped
public class SecurityConfiguration {
}
