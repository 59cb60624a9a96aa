package fr.coopconnect.community;

import fr.coopconnect.booking.ReasonRequest;
import fr.coopconnect.common.Page;
import fr.coopconnect.common.Paging;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/events")
@Tag(name = "Events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService events;

    @Inject
    Clock clock;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "List community events", description = "Public. Events still running or to come (or from `from`), "
            + "by start time, cancelled ones included with status CANCELLED. Counts of registrations only, never who.")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<EventDto> list(
            @QueryParam("from") @Parameter(description = "Only events ending after this instant (ISO-8601 with offset); default now")
            OffsetDateTime from,
            @QueryParam("to") @Parameter(description = "Only events starting before this instant (ISO-8601 with offset)")
            OffsetDateTime to,
            @QueryParam("venueId") @Parameter(description = "Only this venue's events") UUID venueId,
            @QueryParam("commune") @Size(max = 120) @Parameter(description = "Only events of venues in this commune, exact "
                    + "(case-insensitive)") String commune,
            @BeanParam @Valid Paging paging) {
        return events.list(new EventService.Filter(from == null ? clock.instant() : from.toInstant(),
                to == null ? null : to.toInstant(), venueId, commune), paging.page, paging.size);
    }

    @POST
    @Authenticated
    @Operation(summary = "Create a community event", description = "The venue's managers and network-admins. Books the "
            + "space for the event's time through the booking rules, as a booking would: 409 slot-taken when taken, "
            + "422 venue-closed, outside-opening-hours, too-long, booking-in-past... when a rule is broken. A SHARED "
            + "space is booked whole. The capacity may not exceed the space's (422 event-over-space-capacity).")
    @APIResponse(responseCode = "201", description = "Created, with its booking",
            content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@Valid @NotNull EventRequest request) {
        EventDto created = events.create(request);
        return Response.created(URI.create("/api/v1/events/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{eventId}")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Get a community event", description = "Public. Counts of registrations only, never who.")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EventDto get(@PathParam("eventId") UUID eventId) {
        return events.get(eventId);
    }

    @PUT
    @Path("/{eventId}")
    @Authenticated
    @Operation(summary = "Edit a community event", description = "The venue's managers and network-admins. A new time or "
            + "space is booked again through the booking rules (409/422 as on creation; the old booking is kept when the "
            + "new one fails). The venue cannot change. Capacity may grow, which promotes waiting members in order, or "
            + "shrink down to the number registered, never below (422 capacity-below-registered). A cancelled event is a "
            + "409 event-cancelled.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public EventDto update(@PathParam("eventId") UUID eventId, @Valid @NotNull EventRequest request) {
        return events.update(eventId, request);
    }

    @POST
    @Path("/{eventId}/cancel")
    @Authenticated
    @Operation(summary = "Cancel a community event", description = "The venue's managers and network-admins. Frees the "
            + "space's booking; registrants keep their registration, shown CANCELLED in their calendar feed. Twice: 409 "
            + "event-cancelled.")
    @RequestBody(required = false)
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public EventDto cancel(@PathParam("eventId") UUID eventId, @Valid ReasonRequest reason) {
        return events.cancel(eventId, reason == null ? null : reason.reason());
    }

    @POST
    @Path("/{eventId}/registrations")
    @Authenticated
    @Operation(summary = "Register for a community event", description = "Any member. REGISTERED while a seat is free, "
            + "otherwise WAITLISTED with its place on the waiting list; waiting members get seats that free up in their "
            + "order of arrival. Already registered or waiting: 409 already-registered. Cancelled event: 409 "
            + "event-cancelled; started or past: 422 event-started.")
    @RequestBody(required = false)
    @APIResponse(responseCode = "201", description = "Registered or waitlisted",
            content = @Content(schema = @Schema(implementation = RegistrationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response register(@PathParam("eventId") UUID eventId) {
        return Response.status(201).entity(events.register(eventId)).build();
    }

    @GET
    @Path("/{eventId}/registrations")
    @Authenticated
    @Operation(summary = "List an event's registrations", description = "The venue's managers and network-admins. "
            + "Registered and waiting members in their order of arrival, with their names.")
    @APIResponse(responseCode = "200", description = "Registrations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RegistrationDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RegistrationDto> registrations(@PathParam("eventId") UUID eventId) {
        return events.registrations(eventId);
    }

    @DELETE
    @Path("/{eventId}/registrations/me")
    @Authenticated
    @Operation(summary = "Withdraw from a community event", description = "Any member, for their own registration. A "
            + "freed seat goes to the first member on the waiting list. Not registered: 409 not-registered; cancelled "
            + "event: 409 event-cancelled; started or past: 422 event-started.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public void withdraw(@PathParam("eventId") UUID eventId) {
        events.withdraw(eventId);
    }
}
