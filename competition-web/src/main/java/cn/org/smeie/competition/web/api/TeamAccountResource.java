package cn.org.smeie.competition.web.api;

import cn.org.smeie.competition.account.boundary.TeamSignUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Sign-up of team contacts, open to anyone as on the portal. */
@ApplicationScoped
@Path("team-accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TeamAccountResource {

    @Inject
    TeamSignUp signUp;

    @POST
    @Operation(summary = "Sign up a team contact; the e-mail address becomes the user name")
    public Response signUp(TeamSignUp.SignUpForm form) {
        signUp.signUp(form);
        return Response.status(Response.Status.CREATED).build();
    }

    /** The token of the confirmation link mailed at sign-up. */
    public record Confirmation(String token) {
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Confirm a team contact's e-mail address with the token of the link mailed at sign-up")
    public Response confirm(Confirmation confirmation) {
        signUp.confirm(confirmation == null ? null : confirmation.token());
        return Response.noContent().build();
    }

    @POST
    @Path("confirmation-mail")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Send the signed-in team contact a new confirmation link (at most one a minute)")
    public Response resendConfirmation() {
        signUp.resendConfirmation();
        return Response.accepted().build();
    }
}
