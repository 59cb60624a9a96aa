package fr.coopconnect.booking;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A booking series with all its bookings, cancelled ones included, by start time. */
@Schema(name = "BookingSeries")
public record BookingSeriesDto(UUID id, UUID spaceId, UUID venueId, UUID memberId, List<DayOfWeek> daysOfWeek,
                               @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, pattern = BookingSeriesRequest.HH_MM, examples = "09:00")
                               LocalTime startTime,
                               @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, pattern = BookingSeriesRequest.HH_MM, examples = "12:00")
                               LocalTime endTime,
                               LocalDate from, LocalDate until, int seats, SeriesStatus status, String note,
                               @Schema(description = "Why it was cancelled") String statusReason,
                               Instant createdAt, List<BookingDto> bookings) {
}
