package fr.coopconnect.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", examples = "urn:coopconnect:problem:slot-taken") String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "Explanation for a human, in the request's language") String detail,
        @Schema(description = "Offending fields, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:coopconnect:problem:";

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
