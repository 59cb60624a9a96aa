package fr.coopconnect.member;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/directory.csv")
@Tag(name = "Directory")
@Authenticated
public class DirectoryCsvResource {

    static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    Directory directory;

    @GET
    @Produces(CSV)
    @Operation(summary = "The contact directory as CSV", description = "Same filters and rights as /directory, all matches "
            + "(up to 20,000). UTF-8 with BOM, ';' separated, French headers: Nom;E-mail;Téléphone;Commune;Activité;Statut.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response csv(@BeanParam Directory.Filter filter) {
        return Response.ok(Directory.csv(directory.all(filter)))
                .header("Content-Disposition", "attachment; filename=\"annuaire-coopconnect.csv\"")
                .build();
    }
}

