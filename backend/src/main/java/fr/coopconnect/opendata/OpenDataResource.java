package fr.coopconnect.opendata;

import fr.coopconnect.common.CsvWriter;
import fr.coopconnect.venue.Venue;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Path("/api/v1/open-data")
@Tag(name = "Open data")
@PermitAll
@SecurityRequirements
public class OpenDataResource {

    static final String SKIPPED_HEADER = "X-Coopconnect-Skipped";
    static final String CSV = "text/csv;charset=UTF-8";

    static final String DESCRIPTION = "Public. The network's venues in the national schema of digital-inclusion places "
            + "(\"lieux de médiation numérique\", La MedNum / ANCT, github.com/LaMednum/standard-mediation-num): columns "
            + "id, pivot (SIRET), nom, commune, code_postal, code_insee, adresse, latitude, longitude, typologie (RFS for "
            + "public-service relays, BIB for media libraries, TIERS_LIEUX for third places, empty otherwise), telephone "
            + "(+33…), courriels, site_web, horaires (OpenStreetMap opening_hours), presentation_resume, presentation_detail, "
            + "source, itinerance, date_maj (last change of the venue or its hours, YYYY-MM-DD), services (the schema's "
            + "labels, '|' between them). A venue lacking a required value (pivot, code_postal, adresse, services) is not "
            + "exported: the " + SKIPPED_HEADER + " header counts them, and the JSON form lists them with what they lack.";

    @GET
    @Path("/lieux.csv")
    @Produces(CSV)
    @Operation(summary = "Digital-inclusion places, as CSV", description = DESCRIPTION
            + " CSV as open-data portals read it: UTF-8 without BOM, ',' separated, '.' decimals, header row of column names.")
    @APIResponse(responseCode = "200", description = "The places",
            headers = @Header(name = SKIPPED_HEADER, description = "Venues left out for a missing required value",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response csv() {
        Export export = export();
        CsvWriter csv = CsvWriter.plain().row(MediationPlace.COLUMNS);
        for (Map<String, Object> place : export.lieux()) {
            csv.row(place.values().stream().map(value -> value == null ? null : value.toString()).toList());
        }
        return Response.ok(csv.toString(), CSV).header(SKIPPED_HEADER, export.skipped().size())
                .header("Content-Disposition", "inline; filename=\"lieux-mediation-numerique.csv\"").build();
    }

    @GET
    @Path("/lieux.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Digital-inclusion places, as JSON", description = DESCRIPTION
            + " JSON: the same rows as objects under `lieux` (lists stay '|'-joined strings), and `skipped`.")
    @APIResponse(responseCode = "200", description = "The places and the venues left out",
            headers = @Header(name = SKIPPED_HEADER, description = "Venues left out for a missing required value",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Export.class)))
    public Response json() {
        Export export = export();
        return Response.ok(export).header(SKIPPED_HEADER, export.skipped().size()).build();
    }

    @Schema(name = "OpenDataExport")
    public record Export(
            @Schema(description = "One object per exported venue, keys and values as in the CSV") List<Map<String, Object>> lieux,
            @Schema(description = "Venues left out, with the required columns they cannot fill") List<Skipped> skipped) {
    }

    @Schema(name = "OpenDataSkippedVenue")
    public record Skipped(String id, String name, List<String> missing) {
    }

    private static Export export() {
        List<Map<String, Object>> places = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Venue venue : Venue.<Venue>listAll(Sort.by("name").and("id"))) {
            List<String> missing = MediationPlace.missing(venue);
            if (missing.isEmpty()) {
                places.add(MediationPlace.of(venue));
            } else {
                skipped.add(new Skipped(venue.id.toString(), venue.name, missing));
            }
        }
        return new Export(places, skipped);
    }
}
