package fr.coopconnect.booking;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/me/bookings")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyBookingsResource {

    @Inject
    BookingService bookings;

    @GET
    @Operation(summary = "The caller's bookings", description = "By start time.")
    @APIResponse(responseCode = "200", description = "The caller's bookings")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<BookingDto> list(@BeanParam BookingListParams params) {
        return bookings.listForMember(params.filter());
    }
}
