package fr.coopconnect.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/members/{memberId}")
@Tag(name = "Accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
public class MemberAdminResource {

    @Inject
    MemberService members;

    @POST
    @Path("/disable")
    @Operation(summary = "Disable a member", description = "Network-admin only. Their tokens stop working on their next "
            + "request, they cannot sign in, and their future bookings are cancelled with the reason.")
    @APIResponse(responseCode = "200", description = "The disabled member")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public MemberView disable(@PathParam("memberId") UUID memberId, @Valid @NotNull AuthRequests.Disable body) {
        return members.view(members.disable(memberId, body.reason()));
    }

    @POST
    @Path("/enable")
    @Operation(summary = "Enable a disabled member again", description = "Network-admin only. Cancelled bookings stay cancelled.")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MemberView enable(@PathParam("memberId") UUID memberId) {
        return members.view(members.enable(memberId));
    }

    @POST
    @Path("/reset-password")
    @Operation(summary = "Replace a member's password with a one-time one", description = "Network-admin only. Every "
            + "token of the member stops working. The temporary password cannot sign in: the member must use it once "
            + "with POST /auth/password to choose a new one (POST /auth/token answers 403 password-change-required).")
    @APIResponse(responseCode = "200", description = "The temporary password, shown once")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AuthRequests.TemporaryPassword resetPassword(@PathParam("memberId") UUID memberId) {
        return new AuthRequests.TemporaryPassword(members.resetPassword(memberId));
    }
}
