package fr.coopconnect.member;

import fr.coopconnect.common.Page;
import fr.coopconnect.common.Paging;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/directory")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DirectoryResource {

    @Inject
    Directory directory;

    @GET
    @Operation(summary = "Search the contact directory", description = "Network-admins and venue managers. Only members "
            + "who agreed to appear (directoryConsent), and only their contact fields; disabled members are left out.")
    @APIResponse(responseCode = "200", description = "One page of contacts, by name")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<Directory.Entry> search(@BeanParam Directory.Filter filter, @Valid @BeanParam Paging paging) {
        return directory.search(filter, paging.page, paging.size);
    }
}
