package fr.coopconnect.venue;

import fr.coopconnect.common.ETags;
import fr.coopconnect.common.GeoPoint;
import fr.coopconnect.common.Page;
import fr.coopconnect.common.Paging;
import fr.coopconnect.member.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/venues")
@Tag(name = "Venues")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

    @Inject
    VenueService venues;

    @Inject
    VenueAccess access;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "List venues", description = "Public. Filter by kind, commune, free text or distance; "
            + "with `near`, results are sorted by distance.")
    @APIResponse(responseCode = "200", description = "One page of venues")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<VenueDto> list(
            @QueryParam("kind") @Parameter(description = "Kind of venue") VenueKind kind,
            @QueryParam("commune") @Size(max = 120) @Parameter(description = "Commune name, exact (case-insensitive)") String commune,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text searched in name, commune and description") String q,
            @QueryParam("near") @Parameter(description = "Centre of a distance filter, `lat,lon`", example = "44.3103,5.8268") String near,
            @QueryParam("radiusKm") @DefaultValue("20") @DecimalMin("0.1") @DecimalMax("1000")
            @Parameter(description = "Radius around `near`, in km") double radiusKm,
            @BeanParam @Valid Paging paging) {
        GeoPoint point = near == null || near.isBlank() ? null : GeoPoint.parse(near, "near");
        return venues.list(new VenueService.Filter(kind, commune, q, point, radiusKm), paging.page, paging.size);
    }

    @POST
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Create a venue", description = "Network-admin only.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = VenueDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(@Valid @NotNull VenueDto venue) {
        Venue created = venues.create(venue);
        return Response.created(URI.create("/api/v1/venues/" + created.id))
                .tag(ETags.of(created.version)).entity(VenueService.toDto(created)).build();
    }

    @GET
    @Path("/{venueId}")
    @PermitAll
    @SecurityRequirements
    @Produces({MediaType.APPLICATION_JSON, VenueJsonLd.MEDIA_TYPE})
    @Operation(summary = "Get a venue", description = "Public. The ETag header carries the version for If-Match. "
            + "With `Accept: application/ld+json`, the venue as schema.org JSON-LD: a Place with its PostalAddress, geo "
            + "(GeoCoordinates), telephone, email, url, openingHoursSpecification (the weekly hours, local time) and "
            + "amenityFeature (LocationFeatureSpecification per amenity); JSON stays the default.")
    @APIResponse(responseCode = "200", description = "The venue", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenueDto.class)),
            @Content(mediaType = VenueJsonLd.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "schema.org Place"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("venueId") UUID venueId, @Context HttpHeaders headers, @Context UriInfo uri) {
        Venue venue = venues.require(venueId);
        if (prefersJsonLd(headers)) {
            return Response.ok(VenueJsonLd.of(venue, uri.getRequestUri().toString()), VenueJsonLd.MEDIA_TYPE)
                    .tag(ETags.of(venue.version)).build();
        }
        return Response.ok(VenueService.toDto(venue), MediaType.APPLICATION_JSON_TYPE).tag(ETags.of(venue.version)).build();
    }

    /** JSON-LD only when asked for before plain JSON (or any type). */
    private static boolean prefersJsonLd(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.getType().equals("application") && type.getSubtype().equals("ld+json")) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    @PUT
    @Path("/{venueId}")
    @Authenticated
    @Operation(summary = "Update a venue", description = "The venue's managers and network-admins. "
            + "Send `If-Match` with the ETag to refuse overwriting someone else's change (412); "
            + "without it the last writer wins.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = VenueDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response update(@PathParam("venueId") UUID venueId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag of the version being edited") String ifMatch,
                           @Valid @NotNull VenueDto venue) {
        access.requireManager(venueId);
        Venue updated = venues.update(venueId, venue, ETags.parse(ifMatch));
        return Response.ok(VenueService.toDto(updated)).tag(ETags.of(updated.version)).build();
    }

    @DELETE
    @Path("/{venueId}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Delete a venue with its hours, spaces and blocks", description = "Network-admin only. "
            + "A venue whose spaces have bookings is kept (409 in-use).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@PathParam("venueId") UUID venueId) {
        venues.delete(venueId);
    }

    @GET
    @Path("/{venueId}/managers")
    @Authenticated
    @Operation(summary = "List the venue's managers", description = "The venue's managers and network-admins. By name.")
    @APIResponse(responseCode = "200", description = "The members who manage the venue")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<VenueManager> managers(@PathParam("venueId") UUID venueId) {
        access.requireManager(venueId);
        return venues.managersOf(venueId);
    }

    @PUT
    @Path("/{venueId}/managers/{memberId}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Make a member a manager of this venue", description = "Network-admin only. Idempotent.")
    @APIResponse(responseCode = "204", description = "The member manages the venue")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void addManager(@PathParam("venueId") UUID venueId, @PathParam("memberId") UUID memberId) {
        venues.addManager(venueId, memberId);
    }

    @DELETE
    @Path("/{venueId}/managers/{memberId}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Stop a member managing this venue", description = "Network-admin only. Idempotent.")
    @APIResponse(responseCode = "204", description = "The member no longer manages the venue")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void removeManager(@PathParam("venueId") UUID venueId, @PathParam("memberId") UUID memberId) {
        venues.removeManager(venueId, memberId);
    }
}
