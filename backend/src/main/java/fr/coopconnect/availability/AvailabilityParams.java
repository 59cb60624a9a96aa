package fr.coopconnect.availability;

import fr.coopconnect.common.GeoPoint;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.space.Equipment;
import fr.coopconnect.space.SpaceKind;
import fr.coopconnect.venue.VenueKind;
import fr.coopconnect.venue.VenueService;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** The availability search's query parameters, turned into a validated {@link AvailabilityQuery}. */
public class AvailabilityParams {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of(VenueService.DEFAULT_TIMEZONE);

    @QueryParam("from")
    @Parameter(description = "Start of the window: an instant with offset, or a date (its start, Europe/Paris). Default now.",
            example = "2027-03-29T09:00:00+02:00")
    public String from;

    @QueryParam("to")
    @Parameter(description = "End of the window: an instant with offset, or a date (included). Default one day after `from`; "
            + "at most 31 days after it.", example = "2027-03-29")
    public String to;

    @QueryParam("minDuration")
    @Parameter(description = "Shortest useful slot, ISO-8601 duration; default each space's minimum", example = "PT2H")
    public String minDuration;

    @QueryParam("seats")
    @DefaultValue("1")
    @Min(1)
    @Max(1000)
    @Parameter(description = "People to seat")
    public int seats;

    @QueryParam("equipment")
    @Size(max = 10)
    @Parameter(description = "Required equipment; repeat for several (all must be present)")
    public List<Equipment> equipment;

    @QueryParam("venueKind")
    @Parameter(description = "Kind of venue")
    public VenueKind venueKind;

    @QueryParam("spaceKind")
    @Parameter(description = "Kind of space")
    public SpaceKind spaceKind;

    @QueryParam("commune")
    @Size(max = 120)
    @Parameter(description = "Commune name, exact (case-insensitive)")
    public String commune;

    @QueryParam("minDownMbps")
    @Min(0)
    @Max(100_000)
    @Parameter(description = "Minimum download speed of the venue's connection, Mb/s")
    public Integer minDownMbps;

    @QueryParam("maxHourlyRate")
    @DecimalMin("0")
    @DecimalMax("10000")
    @Parameter(description = "Highest hourly rate in euros; 0 = free places only")
    public BigDecimal maxHourlyRate;

    @QueryParam("near")
    @Parameter(description = "Search around this point, `lat,lon`; results then sorted by distance", example = "44.3103,5.8268")
    public String near;

    @QueryParam("radiusKm")
    @DefaultValue("20")
    @DecimalMin("0.1")
    @DecimalMax("500")
    @Parameter(description = "Radius around `near`, km")
    public double radiusKm;

    AvailabilityQuery toQuery(Instant now, UUID spaceId) {
        Instant start = from == null || from.isBlank() ? now : instant(from, "from", false);
        Instant end = to == null || to.isBlank() ? start.plus(Duration.ofDays(1)) : instant(to, "to", true);
        if (!start.isBefore(end)) {
            throw ProblemException.badRequest("to", "field.end-before-start");
        }
        if (Duration.between(start, end).compareTo(AvailabilityQuery.MAX_WINDOW) > 0) {
            throw ProblemException.badRequest("to", "field.too-long", AvailabilityQuery.MAX_WINDOW.toDays());
        }
        return new AvailabilityQuery(start, end, duration(), seats,
                equipment == null || equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment),
                venueKind, spaceKind, commune, minDownMbps, maxHourlyRate,
                near == null || near.isBlank() ? null : GeoPoint.parse(near, "near"), radiusKm, spaceId);
    }

    private Duration duration() {
        if (minDuration == null || minDuration.isBlank()) {
            return null;
        }
        try {
            Duration parsed = Duration.parse(minDuration.trim());
            if (parsed.isNegative() || parsed.isZero() || parsed.compareTo(Duration.ofDays(1)) > 0) {
                throw ProblemException.badRequest("minDuration", "field.duration");
            }
            return parsed;
        } catch (DateTimeParseException malformed) {
            throw ProblemException.badRequest("minDuration", "field.duration");
        }
    }

    /** An instant with offset, or a local date: its start, or the start of the next day for an end. */
    private static Instant instant(String value, String field, boolean endOfDay) {
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(DEFAULT_ZONE).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException malformed) {
            throw ProblemException.badRequest(field, "field.instant", value);
        }
    }
}
