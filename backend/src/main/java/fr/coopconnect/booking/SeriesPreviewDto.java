package fr.coopconnect.booking;

import fr.coopconnect.common.Messages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** What a booking series would book, date by date, without booking anything. */
@Schema(name = "BookingSeriesPreview")
public record SeriesPreviewDto(List<DateDto> dates) {

    public enum DateStatus {
        /** Would be booked. */
        FREE,
        /** Open, but cannot be booked: the whole series would be refused with 409. */
        CONFLICT,
        /** Closed (closure, public holiday, outside the hours) or already past: left out of the series. */
        SKIPPED
    }

    @Schema(name = "BookingSeriesDate")
    public record DateDto(LocalDate date,
                          @Schema(examples = "2027-03-29T09:00:00+02:00") OffsetDateTime start,
                          @Schema(examples = "2027-03-29T12:00:00+02:00") OffsetDateTime end,
                          DateStatus status,
                          @Schema(description = "For CONFLICT and SKIPPED: slug of the rule, as in a problem `type` "
                                  + "(slot-taken, space-blocked, too-far-ahead, venue-closed, outside-opening-hours, "
                                  + "booking-in-past, ...)", examples = "slot-taken") String reason,
                          @Schema(description = "The reason for a human, in the request's language") String detail) {
    }

    static SeriesPreviewDto of(List<BookingSeriesService.Occurrence> occurrences, Locale locale) {
        return new SeriesPreviewDto(occurrences.stream().map(o -> new DateDto(o.date(), o.start(), o.end(), o.status(),
                o.reason(), o.reason() == null ? null : Messages.text(locale, "detail." + o.reason(), o.figure()))).toList());
    }
}
