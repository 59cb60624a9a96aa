package fr.coopconnect.occupancy;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import fr.coopconnect.space.BookingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** What the occupancy endpoints answer. Hours are rounded to the hundredth; ratios are between 0 and 1. */
public final class OccupancyDtos {

    private OccupancyDtos() {
    }

    @Schema(name = "OccupancyFigures", description = """
            Figures over a period or a bucket. Open time: the venue's weekly hours, minus its closures, minus French public \
            holidays unless it opens on them, narrowed by the space's own hours. Booked time: bookings of status CONFIRMED \
            (PENDING ones are not yet granted, CANCELLED, REJECTED and NO_SHOW ones freed their time), clipped to the period \
            and to open time. Blocked time: the venue's internal blocks, merged when they overlap, clipped likewise. For a \
            SHARED space booked hours are booked seat-hours ÷ capacity (full-room equivalent), so a venue's utilisation \
            adds up its spaces fairly.""")
    public record Figures(
            @Schema(description = "Hours the space (or the venue's spaces together) could be used") double openHours,
            @Schema(description = "CONFIRMED booked hours inside open time; full-room equivalent for SHARED spaces") double bookedHours,
            @Schema(description = "Hours blocked by the venue inside open time") double blockedHours,
            @Schema(description = "bookedHours ÷ openHours; null without open time") Double utilisation,
            @Schema(description = "SHARED spaces only: booked seats × hours; null when no SHARED space is involved") Double bookedSeatHours,
            @Schema(description = "SHARED spaces only: capacity × open hours; null when no SHARED space is involved") Double offeredSeatHours,
            @Schema(description = "Bookings of status NO_SHOW that started in the period (up to now)") long noShows,
            @Schema(description = "Bookings of status CONFIRMED or NO_SHOW that started in the period (up to now)") long startedBookings,
            @Schema(description = "noShows ÷ startedBookings; null when no booking started") Double noShowRate,
            @Schema(description = "Distinct members with CONFIRMED booked time inside open time") long distinctMembers) {
    }

    @Schema(name = "OccupancyBucket", description = "One hour, day or week (Monday first) in the venue's local time")
    public record Bucket(
            @Schema(description = "Local start of the bucket; the first one may start before `from`", examples = "2027-03-01T00:00:00")
            @JsonSerialize(using = BucketStartSerializer.class) LocalDateTime start,
            Figures figures) {
    }

    @Schema(name = "SpaceOccupancy")
    public record SpaceOccupancy(UUID spaceId, String name, BookingMode bookingMode, int capacity,
                                 Figures totals, List<Bucket> buckets) {
    }

    @Schema(name = "VenueOccupancy")
    public record VenueOccupancy(
            UUID venueId, String name, String timezone, Figures totals, List<Bucket> buckets,
            @Schema(description = "Utilisation per local weekday (7 rows, Monday first) and hour of day (24 columns) over the "
                    + "period, all spaces together; null where the venue is never open") List<List<Double>> heatmap,
            List<SpaceOccupancy> spaces) {
    }

    @Schema(name = "OccupancyReport")
    public record Report(
            @Schema(description = "First local date of the period") LocalDate from,
            @Schema(description = "Last local date of the period (included)") LocalDate to,
            Granularity granularity,
            @Schema(description = "All the venues of the report together (their heatmaps are not summed)") Figures totals,
            List<VenueOccupancy> venues) {
    }
}
