package fr.coopconnect.availability;

import fr.coopconnect.space.BookingMode;
import fr.coopconnect.space.Equipment;
import fr.coopconnect.space.SpaceKind;
import fr.coopconnect.venue.VenueKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The answer of the availability search: free slots per space. Who booked is never part of it. */
public final class AvailabilityDto {

    private AvailabilityDto() {
    }

    @Schema(name = "AvailabilityPage")
    public record Page(List<Result> results, int page, int size, long total) {
    }

    @Schema(name = "AvailabilityResult")
    public record Result(VenueSummary venue, SpaceSummary space, List<Slot> slots) {
    }

    @Schema(name = "AvailabilityVenue")
    public record VenueSummary(UUID id, String name, VenueKind kind, String commune, double latitude, double longitude,
                               @Schema(description = "IANA time zone of the venue, in which its slots' offsets are written")
                               String timezone,
                               @Schema(description = "Distance from `near`, in km; absent without `near`") Double distanceKm) {
    }

    @Schema(name = "AvailabilitySpace")
    public record SpaceSummary(UUID id, String name, SpaceKind kind, int capacity, BookingMode bookingMode,
                               List<Equipment> equipment, BigDecimal hourlyRate) {
    }

    @Schema(name = "FreeSlot", description = "Free time with the venue's local offset; for SHARED spaces, the seats free over all of it")
    public record Slot(OffsetDateTime start, OffsetDateTime end, int freeSeats) {
    }
}
