package fr.coopconnect.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarToken", description = "A private calendar feed: keep it secret, anyone with the URL sees the bookings")
public record CalendarTokenDto(
        @Schema(description = "The feed to subscribe to in a calendar app", examples = "https://coopconnect.example/api/v1/me/calendar.ics?token=3q2-7w")
        String url,
        String token) {
}
