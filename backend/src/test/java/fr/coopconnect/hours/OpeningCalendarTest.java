package fr.coopconnect.hours;

import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.timeline.WeeklyInterval;
import fr.coopconnect.venue.Venue;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The opening computation on its own: no database, no container. */
class OpeningCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final PublicHolidays HOLIDAYS = new PublicHolidays();

    /** Friday before and Monday after the switch to summer time (2027-03-28); that Monday is Easter Monday. */
    private static final Instant FRIDAY = OffsetDateTime.parse("2027-03-26T00:00+01:00").toInstant();
    private static final Instant TUESDAY = OffsetDateTime.parse("2027-03-30T00:00+02:00").toInstant();

    @Test
    void localHoursFollowTheSummerTimeChangeAndEasterMondayIsClosed() {
        TimeRanges open = OpeningCalendar.openRanges(weekdayMornings(false), List.of(), HOLIDAYS, FRIDAY, TUESDAY);
        assertEquals(List.of(period("2027-03-26T08:00+01:00", "2027-03-26T12:00+01:00")), open.ranges());
    }

    @Test
    void easterMondayOpensWhenTheVenueOpensOnPublicHolidays() {
        TimeRanges open = OpeningCalendar.openRanges(weekdayMornings(true), List.of(), HOLIDAYS, FRIDAY, TUESDAY);
        assertEquals(List.of(
                period("2027-03-26T08:00+01:00", "2027-03-26T12:00+01:00"),
                period("2027-03-29T08:00+02:00", "2027-03-29T12:00+02:00")), open.ranges());
        assertEquals("2027-03-29T08:00+02:00", open.ranges().get(1).start().atZone(PARIS).toOffsetDateTime().toString());
    }

    @Test
    void closureDaysAreRemovedBothDatesIncluded() {
        Venue venue = weekdayMornings(true);
        Closure closure = closure(venue, "2027-03-29", "2027-03-31");
        TimeRanges open = OpeningCalendar.openRanges(venue, List.of(closure), HOLIDAYS,
                FRIDAY, OffsetDateTime.parse("2027-04-03T00:00+02:00").toInstant());
        assertEquals(List.of(
                period("2027-03-26T08:00+01:00", "2027-03-26T12:00+01:00"),
                period("2027-04-01T08:00+02:00", "2027-04-01T12:00+02:00"),
                period("2027-04-02T08:00+02:00", "2027-04-02T12:00+02:00")), open.ranges());
    }

    @Test
    void theWindowCutsOpenPeriods() {
        TimeRanges open = OpeningCalendar.openRanges(weekdayMornings(false), List.of(), HOLIDAYS,
                OffsetDateTime.parse("2027-03-26T10:30+01:00").toInstant(), OffsetDateTime.parse("2027-03-26T11:00+01:00").toInstant());
        assertEquals(List.of(period("2027-03-26T10:30+01:00", "2027-03-26T11:00+01:00")), open.ranges());
    }

    @Test
    void anEmptyWindowOrScheduleIsNeverOpen() {
        assertTrue(OpeningCalendar.openRanges(weekdayMornings(false), List.of(), HOLIDAYS, TUESDAY, FRIDAY).isEmpty());
        Venue closed = weekdayMornings(false);
        closed.weeklyHours = new ArrayList<>();
        assertTrue(OpeningCalendar.openRanges(closed, List.of(), HOLIDAYS, FRIDAY, TUESDAY).isEmpty());
    }

    @Test
    void hoursAreReadInTheVenuesOwnZone() {
        Venue reunion = weekdayMornings(false);
        reunion.timezone = "Indian/Reunion";
        TimeRanges open = OpeningCalendar.openRanges(reunion, List.of(), HOLIDAYS,
                FRIDAY, OffsetDateTime.parse("2027-03-27T00:00+04:00").toInstant());
        assertEquals(List.of(period("2027-03-26T08:00+04:00", "2027-03-26T12:00+04:00")), open.ranges());
    }

    private static Venue weekdayMornings(boolean publicHolidaysOpen) {
        Venue venue = new Venue();
        venue.id = UUID.randomUUID();
        venue.timezone = PARIS.getId();
        venue.publicHolidaysOpen = publicHolidaysOpen;
        venue.weeklyHours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            venue.weeklyHours.add(new WeeklyInterval(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        }
        return venue;
    }

    private static Closure closure(Venue venue, String from, String to) {
        Closure closure = new Closure();
        closure.id = UUID.randomUUID();
        closure.venueId = venue.id;
        closure.fromDate = LocalDate.parse(from);
        closure.toDate = LocalDate.parse(to);
        return closure;
    }

    private static TimeRange period(String start, String end) {
        return new TimeRange(OffsetDateTime.parse(start).toInstant(), OffsetDateTime.parse(end).toInstant());
    }
}
