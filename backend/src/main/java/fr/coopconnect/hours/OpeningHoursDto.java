package fr.coopconnect.hours;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A venue's regular hours, in two equivalent forms. Reading gives all three fields; writing takes
 * {@code weekly} or {@code osm} (or both when they agree).
 */
@Schema(name = "OpeningHours", description = "Weekly opening hours in the venue's local time, also as an OpenStreetMap "
        + "`opening_hours` string. Send `weekly` or `osm`; both only if they describe the same hours.")
public record OpeningHoursDto(
        @Size(max = 70)
        @Schema(description = "Opening time ranges, sorted by day then time; touching ranges are merged")
        List<@Valid Interval> weekly,
        @Schema(description = "Whether the usual hours also apply on French public holidays; CLOSED unless given, "
                + "or unless `osm` says `PH open`")
        HolidayOpening publicHolidays,
        @Size(max = 1000)
        @Schema(description = "The same hours in OpenStreetMap `opening_hours` syntax: weekdays, time ranges, `off`, "
                + "`PH off`, `PH open`", examples = "Mo-Fr 08:00-12:00,12:30-16:30; PH off")
        String osm) {

    @Schema(name = "OpeningInterval", description = "Open on this day from `opens` to `closes`, local wall-clock time")
    public record Interval(
            @NotNull DayOfWeek day,
            @NotNull @JsonFormat(pattern = "HH:mm")
            @Schema(implementation = String.class, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", examples = "08:00") LocalTime opens,
            @NotNull @JsonFormat(pattern = "HH:mm")
            @Schema(implementation = String.class, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", examples = "12:00") LocalTime closes) {
    }
}
