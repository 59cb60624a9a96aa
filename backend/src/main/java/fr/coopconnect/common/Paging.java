package fr.coopconnect.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters shared by every paged listing. */
public class Paging {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    @Parameter(description = "Items per page, 1 to 200")
    public int size;

    public int offset() {
        return page * size;
    }
}
