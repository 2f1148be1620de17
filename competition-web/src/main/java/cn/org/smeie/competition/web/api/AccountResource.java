package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.account.boundary.AccountDraft;
import cn.org.smeie.competition.account.boundary.Accounts;
import cn.org.smeie.competition.account.boundary.NewAccount;
import cn.org.smeie.competition.account.entity.Role;
import cn.org.smeie.competition.platform.error.InvalidInputException;
import cn.org.smeie.competition.platform.error.Violation;
import cn.org.smeie.competition.web.security.AccountIdentityStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Accounts of the console through the API, as on its accounts page: the committee creates host,
 * judge and committee accounts with a one-time password; every holder changes their own password.
 */
@ApplicationScoped
@Path("accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AccountResource {

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    /** A new account and its one-time password, shown this once (only its hash is kept). */
    public record CreatedAccount(long id, String username, String displayName, Role role, String oneTimePassword) {
        static CreatedAccount of(NewAccount created) {
            return new CreatedAccount(created.account().getId(), created.account().getUsername(),
                    created.account().getDisplayName(), created.account().getRole(), created.oneTimePassword());
        }
    }

    /** The holder's current password and the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @POST
    @Operation(summary = "Create an account with a one-time password (committee); its holder must change the password"
            + " before using the console's pages")
    public Response create(AccountDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(new Violation("username", "validation.required"));
        }
        return Response.status(Response.Status.CREATED).entity(CreatedAccount.of(accounts.create(draft))).build();
    }

    @PUT
    @Path("me/password")
    @Operation(summary = "Change the caller's own password (also the one-time password of a new account)")
    public Response changeOwnPassword(PasswordChange change) {
        accounts.changeOwnPassword(change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword());
        AccountIdentityStore.passwordChanged(request);
        return Response.noContent().build();
    }
}
