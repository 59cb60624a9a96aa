package fr.coopconnect.space;

import fr.coopconnect.timeline.WeeklyInterval;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A bookable space as the API shows it and accepts it; {@code id}, {@code venueId} and {@code version} are read-only. */
@Schema(name = "Space")
public record SpaceDto(
        @Schema(readOnly = true) UUID id,
        @Schema(readOnly = true) UUID venueId,
        @NotBlank @Size(max = 200) String name,
        @NotNull SpaceKind kind,
        @NotNull @Min(1) @Max(1000) @Schema(description = "Seats (SHARED) or people it holds (EXCLUSIVE)") Integer capacity,
        @NotNull BookingMode bookingMode,
        @Size(max = 20) List<@NotNull Equipment> equipment,
        @Size(max = 4000) String description,
        @Schema(defaultValue = "true", description = "Inactive spaces cannot be booked") Boolean active,
        @Valid @Schema(description = "Booking rules; defaults apply to omitted fields") BookingRules rules,
        @Size(max = 50) @Schema(description = "The space's own weekly hours, within the venue's; null = the venue's hours")
        List<@NotNull WeeklyInterval> schedule,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2)
        @Schema(description = "Price per hour in euros, paid on site; null = free") BigDecimal hourlyRate,
        @Schema(readOnly = true, description = "Optimistic-locking version, also sent as the ETag") Integer version) {

    @Schema(name = "BookingRules")
    public record BookingRules(
            @Schema(description = "Bookings start and end on multiples of this, from local midnight: 15, 30 or 60", defaultValue = "30")
            Integer slotMinutes,
            @Min(15) @Max(1440) @Schema(defaultValue = "30") Integer minMinutes,
            @Min(15) @Max(1440) @Schema(defaultValue = "480") Integer maxMinutes,
            @Min(0) @Max(43_200) @Schema(description = "How long ahead a booking must be made", defaultValue = "0") Integer minNoticeMinutes,
            @Min(1) @Max(730) @Schema(description = "How far ahead bookings are open", defaultValue = "90") Integer maxAdvanceDays,
            @Min(0) @Max(SpaceService.MAX_BUFFER_MINUTES) @Schema(description = "Free time kept after each booking of an EXCLUSIVE space", defaultValue = "0") Integer bufferMinutes,
            @Schema(defaultValue = "false", description = "Bookings stay PENDING until a manager approves them") Boolean requiresApproval,
            @Min(SpaceService.MIN_CHECK_IN_GRACE_MINUTES) @Max(SpaceService.MAX_CHECK_IN_GRACE_MINUTES)
            @Schema(description = "Null: no check-in asked. Otherwise a CONFIRMED booking not checked in this many minutes "
                    + "after its start becomes NO_SHOW and its time is free again (5 to 240), checked every minute, also "
                    + "once it has ended. Only bookings that started within the last 7 days and after check-in was "
                    + "switched on for the space are released. A PENDING booking cannot be checked in and is never "
                    + "released; the booking a community event holds is exempt (an event has no single attendee).")
            Integer checkInGraceMinutes) {
    }
}
