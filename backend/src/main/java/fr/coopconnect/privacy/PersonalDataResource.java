package fr.coopconnect.privacy;

import fr.coopconnect.agreement.AgreementService;
import fr.coopconnect.booking.BookingService;
import fr.coopconnect.community.EventService;
import fr.coopconnect.member.CurrentMember;
import fr.coopconnect.member.LoginAttempts;
import fr.coopconnect.member.Member;
import fr.coopconnect.member.MemberService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

@Path("/api/v1/me/export")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PersonalDataResource {

    @Inject
    CurrentMember current;

    @Inject
    MemberService members;

    @Inject
    BookingService bookings;

    @Inject
    EventService events;

    @Inject
    AgreementService agreements;

    @Inject
    LoginAttempts loginAttempts;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Export the caller's personal data",
            description = "Profile, consents, bookings, event registrations (withdrawn ones too), agreements and "
                    + "sign-in history, as one JSON document.")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response export() {
        Member member = members.require(current.id());
        PersonalDataExport export = new PersonalDataExport(clock.instant(), members.view(member),
                new PersonalDataExport.Consents(member.directoryConsentAt != null, member.directoryConsentAt,
                        member.newsConsentAt != null, member.newsConsentAt),
                bookings.listForMember(new BookingService.Filter(null, null, null)),
                events.allOf(member.id),
                agreements.listMine(),
                loginAttempts.history(member.id, member.email));
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"coopconnect-donnees-personnelles.json\"")
                .build();
    }
}
