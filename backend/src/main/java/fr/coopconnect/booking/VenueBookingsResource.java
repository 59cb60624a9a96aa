package fr.coopconnect.booking;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/venues/{venueId}/bookings")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VenueBookingsResource {

    @Inject
    BookingService bookings;

    @GET
    @Operation(summary = "A venue's bookings, with who booked", description = "The venue's managers and network-admins. By start time.")
    @APIResponse(responseCode = "200", description = "The venue's bookings")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<BookingDto> list(@PathParam("venueId") UUID venueId, @BeanParam BookingListParams params) {
        return bookings.listForVenue(venueId, params.filter());
    }
}
