package fr.coopconnect.booking;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/bookings")
@Tag(name = "Bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BookingResource {

    @Inject
    BookingService bookings;

    @POST
    @Operation(summary = "Book a space", description = "Any member. CONFIRMED at once, or PENDING when the space requires "
            + "approval. Each broken rule is a 422 whose `type` names it: space-inactive, invalid-seats, too-many-seats, "
            + "booking-in-past, too-short, too-long, not-aligned, too-soon, too-far-ahead, venue-closed, "
            + "outside-opening-hours, space-blocked. A taken slot (or not enough free seats) is a 409 slot-taken.")
    @APIResponse(responseCode = "201", description = "Booked (or the original answer to a repeated Idempotency-Key)",
            content = @Content(schema = @Schema(implementation = BookingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7E]{1,200}", message = "{coopconnect.idempotencyKey}")
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first answer "
                    + "and books nothing more; with another body, 422. Kept 24 h.") String idempotencyKey,
            @Valid @NotNull BookingRequest request) {
        BookingService.Created created = bookings.create(request, idempotencyKey);
        String location = created.bookingId() == null ? null : "/api/v1/bookings/" + created.bookingId();
        Response.ResponseBuilder response = Response.status(201).type(MediaType.APPLICATION_JSON).entity(created.body());
        return location == null ? response.build() : response.location(URI.create(location)).build();
    }

    @GET
    @Path("/{bookingId}")
    @Operation(summary = "Get a booking", description = "Its member, the venue's managers and network-admins; 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The booking",
            content = @Content(schema = @Schema(implementation = BookingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BookingDto get(@PathParam("bookingId") UUID bookingId) {
        return bookings.get(bookingId);
    }

    @POST
    @Path("/{bookingId}/cancel")
    @Operation(summary = "Cancel a booking", description = "Its member, before it starts; the venue's managers at any time, "
            + "with a reason. The time is free again at once. No longer live (cancelled, rejected, NO_SHOW): 409 "
            + "not-cancellable. The booking a community event holds (the event's `bookingId`) goes only with its event: "
            + "409 event-booking, cancel or edit the event instead.")
    @RequestBody(required = false)
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = BookingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public BookingDto cancel(@PathParam("bookingId") UUID bookingId, @Valid ReasonRequest reason) {
        return bookings.cancel(bookingId, reason == null ? null : reason.reason());
    }

    @POST
    @Path("/{bookingId}/check-in")
    @Operation(summary = "Check in", description = "Its member, from 15 minutes before the start until the end; the venue's "
            + "managers and network-admins during the same time. Records `checkedInAt`; checking in again answers the first "
            + "check-in. Only a CONFIRMED booking can be checked in (409 not-checkable); too early is a 422 "
            + "check-in-too-early, after the end a 422 check-in-closed. In a space with `checkInGraceMinutes`, a booking not "
            + "checked in that long after its start becomes NO_SHOW and its time is free again. A PENDING booking cannot be "
            + "checked in (409 not-checkable) and is never released while it waits; once approved it is CONFIRMED and its "
            + "grace still counts from its start. The booking a community event holds is never released. Anyone else: 403.")
    @RequestBody(required = false)
    @APIResponse(responseCode = "200", description = "Checked in",
            content = @Content(schema = @Schema(implementation = BookingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public BookingDto checkIn(@PathParam("bookingId") UUID bookingId) {
        return bookings.checkIn(bookingId);
    }

    @POST
    @Path("/{bookingId}/approve")
    @Operation(summary = "Approve a pending booking", description = "The venue's managers and network-admins. Anything "
            + "but PENDING is a 409 not-pending (the booking a community event holds is confirmed at once, so never pending).")
    @RequestBody(required = false)
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(schema = @Schema(implementation = BookingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BookingDto approve(@PathParam("bookingId") UUID bookingId, @Valid ReasonRequest reason) {
        return bookings.decide(bookingId, true, reason == null ? null : reason.reason());
    }

    @POST
    @Path("/{bookingId}/reject")
    @Operation(summary = "Reject a pending booking", description = "The venue's managers and network-admins, with a reason. "
            + "The time is free again at once. Anything but PENDING is a 409 not-pending (the booking a community event "
            + "holds is confirmed at once, so never pending).")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = BookingDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BookingDto reject(@PathParam("bookingId") UUID bookingId, @Valid @NotNull ReasonRequest reason) {
        return bookings.decide(bookingId, false, reason.reason());
    }
}
