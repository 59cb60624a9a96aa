package fr.coopconnect.booking;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "BookingSeriesRequest", description = "The same time slot on the listed weekdays of a period; "
        + "`until` is included and at most one year after `from`.")
public record BookingSeriesRequest(
        @NotNull UUID spaceId,
        @NotEmpty @Size(max = 7) List<@NotNull DayOfWeek> daysOfWeek,
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = HH_MM, examples = "09:00", description = "Local time at the venue")
        LocalTime startTime,
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = HH_MM, examples = "12:00", description = "Local time at the venue")
        LocalTime endTime,
        @NotNull @Schema(examples = "2027-03-29") LocalDate from,
        @NotNull @Schema(examples = "2027-06-30", description = "Last date of the period, included") LocalDate until,
        @Min(1) @Max(1000) @Schema(description = "Seats taken in a SHARED space (default 1); must be 1 or omitted for an EXCLUSIVE one")
        Integer seats,
        @Size(max = 500) String note) {

    /** A local time as "HH:mm". */
    static final String HH_MM = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
}
