package fr.coopconnect.hours;

import fr.coopconnect.common.Problem;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.timeline.WeeklyInterval;
import fr.coopconnect.timeline.WeeklySchedule;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OpeningHoursService {

    @Inject
    VenueService venues;

    @Inject
    OpeningCalendar openingCalendar;

    public OpeningHoursDto get(UUID venueId) {
        return toDto(venues.require(venueId));
    }

    /**
     * Replaces the venue's hours with {@code weekly} or {@code osm} (both only when they agree);
     * public holidays are closed unless {@code publicHolidays} or a {@code PH open} rule says otherwise.
     */
    @Transactional
    public OpeningHoursDto update(UUID venueId, OpeningHoursDto hours) {
        Venue venue = venues.require(venueId);
        WeeklySchedule weekly = hours.weekly() == null ? null : scheduleOf(hours.weekly());
        OsmOpeningHours.Parsed osm = hours.osm() == null || hours.osm().isBlank() ? null : OsmOpeningHours.parse(hours.osm());
        if (weekly == null && osm == null) {
            throw ProblemException.badRequest("weekly", "field.hours-required");
        }
        if (weekly != null && osm != null && !weekly.equals(osm.weekly())) {
            throw ProblemException.badRequest("osm", "field.osm-mismatch");
        }
        HolidayOpening osmHolidays = osm == null ? null : osm.publicHolidays();
        if (hours.publicHolidays() != null && osmHolidays != null && hours.publicHolidays() != osmHolidays) {
            throw ProblemException.badRequest("publicHolidays", "field.osm-holidays-mismatch");
        }
        HolidayOpening holidays = hours.publicHolidays() != null ? hours.publicHolidays()
                : osmHolidays != null ? osmHolidays : HolidayOpening.CLOSED;
        venue.weeklyHours = new ArrayList<>((weekly != null ? weekly : osm.weekly()).intervals());
        venue.publicHolidaysOpen = holidays == HolidayOpening.OPEN;
        Venue.getEntityManager().flush();
        return toDto(venue);
    }

    /** The open periods between two local dates (both included), with the venue's local offsets. */
    public List<OpenPeriod> calendar(UUID venueId, LocalDate from, LocalDate to) {
        Venue venue = venues.require(venueId);
        DateSpans.check(from, to, "to");
        ZoneId zone = VenueService.zoneOf(venue);
        return openingCalendar.openRanges(venue, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant())
                .ranges().stream()
                .map(range -> new OpenPeriod(range.start().atZone(zone).toOffsetDateTime(), range.end().atZone(zone).toOffsetDateTime()))
                .toList();
    }

    /** Validates every interval, naming the faulty ones ({@code weekly[1]}), before normalizing them. */
    private static WeeklySchedule scheduleOf(List<OpeningHoursDto.Interval> given) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            OpeningHoursDto.Interval interval = given.get(i);
            if (interval == null) {
                errors.add(new Problem.FieldError("weekly[" + i + "]", "field.interval-required"));
            } else if (!interval.opens().isBefore(interval.closes())) {
                errors.add(new Problem.FieldError("weekly[" + i + "]", "field.interval-inverted"));
            } else if (given.subList(0, i).stream().anyMatch(earlier -> overlap(earlier, interval))) {
                errors.add(new Problem.FieldError("weekly[" + i + "]", "field.interval-overlap"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", errors);
        }
        return WeeklySchedule.of(given.stream()
                .map(interval -> new WeeklyInterval(interval.day(), interval.opens(), interval.closes()))
                .toList());
    }

    /** Whether a well-ordered earlier interval shares some time with a well-ordered later one. */
    private static boolean overlap(OpeningHoursDto.Interval earlier, OpeningHoursDto.Interval later) {
        return earlier != null && earlier.day() == later.day() && earlier.opens().isBefore(earlier.closes())
                && earlier.opens().isBefore(later.closes()) && later.opens().isBefore(earlier.closes());
    }

    private static OpeningHoursDto toDto(Venue venue) {
        WeeklySchedule weekly = WeeklySchedule.of(venue.weeklyHours);
        HolidayOpening holidays = HolidayOpening.of(venue.publicHolidaysOpen);
        List<OpeningHoursDto.Interval> intervals = weekly.intervals().stream()
                .map(interval -> new OpeningHoursDto.Interval(interval.day(), interval.opens(), interval.closes()))
                .toList();
        return new OpeningHoursDto(intervals, holidays, OsmOpeningHours.format(weekly, holidays));
    }
}
