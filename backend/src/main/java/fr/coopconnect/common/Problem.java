package fr.coopconnect.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", examples = "urn:coopconnect:problem:slot-taken") String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "Explanation for a human, in the request's language") String detail,
        @Schema(description = "Offending fields, for validation problems") List<FieldError> errors,
        @Schema(description = "Extension for a booking series refused as a whole: every date whose booking would "
                + "conflict (slot taken, blocked, rule broken); nothing was booked") List<DateConflict> conflicts) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:coopconnect:problem:";

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }

    /** One date of a series that cannot be booked; {@code reason} is the slug of the problem it would raise alone. */
    @Schema(name = "DateConflict")
    public record DateConflict(
            LocalDate date,
            @Schema(examples = "2027-03-29T09:00:00+02:00") OffsetDateTime start,
            @Schema(examples = "2027-03-29T12:00:00+02:00") OffsetDateTime end,
            @Schema(description = "Slug of the rule or conflict, as in a problem `type`", examples = "slot-taken") String reason,
            @Schema(description = "Explanation for a human, in the request's language") String detail) {
    }
}
