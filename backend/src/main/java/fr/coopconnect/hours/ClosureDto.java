package fr.coopconnect.hours;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Closure", description = "Days on which the venue is closed, both dates included, in the venue's time zone")
public record ClosureDto(
        @Schema(readOnly = true) UUID id,
        @NotNull @Schema(description = "First closed day", examples = "2027-08-09") LocalDate from,
        @NotNull @Schema(description = "Last closed day, on or after `from`, at most 366 days in all", examples = "2027-08-20") LocalDate to,
        @Size(max = 300) @Schema(description = "Why, for the public", examples = "Congés d'été") String reason) {

    static ClosureDto of(Closure closure) {
        return new ClosureDto(closure.id, closure.fromDate, closure.toDate, closure.reason);
    }
}
