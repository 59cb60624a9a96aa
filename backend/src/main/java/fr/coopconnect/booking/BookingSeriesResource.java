package fr.coopconnect.booking;

import fr.coopconnect.common.Messages;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

@Path("/api/v1/booking-series")
@Tag(name = "Bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BookingSeriesResource {

    @Inject
    BookingSeriesService series;

    @POST
    @Operation(summary = "Book a regular slot (booking series)", description = "Any member. Books `startTime`–`endTime` "
            + "(the venue's local time) on every date from `from` to `until` (included, at most one year) whose weekday "
            + "is listed and on which the venue and the space are open for the whole slot; closed dates (closures, "
            + "public holidays, days outside the hours) and slots already past are skipped. All or nothing: when any "
            + "open date cannot be booked (slot taken, blocked, too far ahead, ...) the answer is a 409 series-conflict "
            + "whose `conflicts` extension lists those dates, and nothing is booked. A rule broken on every date "
            + "(space-inactive, invalid-seats, too-many-seats, too-short, too-long, not-aligned) is a 422 naming it; "
            + "a series with no open date is a 422 series-empty. With `dryRun=true`, answers 200 with each date's "
            + "fate (FREE, CONFLICT, SKIPPED) and books nothing.")
    @APIResponse(responseCode = "200", description = "Dry run: what would be booked, date by date",
            content = @Content(schema = @Schema(implementation = SeriesPreviewDto.class)))
    @APIResponse(responseCode = "201", description = "Booked: the series with its bookings",
            content = @Content(schema = @Schema(implementation = BookingSeriesDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(
            @QueryParam("dryRun") @DefaultValue("false")
            @Parameter(description = "Preview only: each date's status, nothing booked") boolean dryRun,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Valid @NotNull BookingSeriesRequest request) {
        if (dryRun) {
            return Response.ok(SeriesPreviewDto.of(series.preview(request), Messages.localeOf(acceptLanguage))).build();
        }
        BookingSeriesDto created = series.create(request);
        return Response.created(URI.create("/api/v1/booking-series/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{seriesId}")
    @Operation(summary = "Get a booking series", description = "Its member, the venue's managers and network-admins; "
            + "404 for anyone else. Lists every booking of the series, cancelled ones included.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = BookingSeriesDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public BookingSeriesDto get(@PathParam("seriesId") UUID seriesId) {
        return series.get(seriesId);
    }

    @POST
    @Path("/{seriesId}/cancel")
    @Operation(summary = "Cancel a booking series", description = "Its member; the venue's managers with a reason. "
            + "Cancels the bookings that have not started yet (their time is free again at once); past ones stay. "
            + "A series already cancelled is a 409.")
    @RequestBody(required = false)
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = BookingSeriesDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public BookingSeriesDto cancel(@PathParam("seriesId") UUID seriesId, @Valid ReasonRequest reason) {
        return series.cancel(seriesId, reason == null ? null : reason.reason());
    }
}
