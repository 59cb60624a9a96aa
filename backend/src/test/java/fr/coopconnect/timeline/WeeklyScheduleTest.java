package fr.coopconnect.timeline;

import static fr.coopconnect.timeline.Times.PARIS;
import static fr.coopconnect.timeline.Times.paris;
import static fr.coopconnect.timeline.Times.utc;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static final Predicate<LocalDate> NEVER_CLOSED = date -> false;
    private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private static WeeklyInterval interval(DayOfWeek day, String opens, String closes) {
        return new WeeklyInterval(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static WeeklySchedule schedule(WeeklyInterval... intervals) {
        return WeeklySchedule.of(List.of(intervals));
    }

    /** The same hours on every weekday, given as opens/closes pairs. */
    private static WeeklySchedule weekdays(String... opensAndCloses) {
        List<WeeklyInterval> intervals = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            for (int i = 0; i < opensAndCloses.length; i += 2) {
                intervals.add(interval(day, opensAndCloses[i], opensAndCloses[i + 1]));
            }
        }
        return WeeklySchedule.of(intervals);
    }

    private static TimeRanges expandInParis(WeeklySchedule schedule, String from, String toInclusive) {
        return schedule.expand(LocalDate.parse(from), LocalDate.parse(toInclusive), PARIS, NEVER_CLOSED);
    }

    @Nested
    class Intervals {

        @Test
        void rejectsInvertedIntervalNamingDayAndTimes() {
            IllegalArgumentException error =
                    assertThrows(IllegalArgumentException.class, () -> interval(MONDAY, "12:00", "08:00"));
            assertTrue(error.getMessage().contains("MONDAY"), error.getMessage());
            assertTrue(error.getMessage().contains("12:00-08:00"), error.getMessage());
        }

        @Test
        void rejectsEmptyInterval() {
            assertThrows(IllegalArgumentException.class, () -> interval(MONDAY, "08:00", "08:00"));
        }

        @Test
        void rejectsMissingFields() {
            assertThrows(IllegalArgumentException.class, () -> new WeeklyInterval(null, LocalTime.NOON, LocalTime.MAX));
            assertThrows(IllegalArgumentException.class, () -> new WeeklyInterval(MONDAY, null, LocalTime.MAX));
            assertThrows(IllegalArgumentException.class, () -> new WeeklyInterval(MONDAY, LocalTime.NOON, null));
        }
    }

    @Nested
    class Construction {

        @Test
        void sortsByDayThenTime() {
            WeeklySchedule schedule = schedule(
                    interval(TUESDAY, "08:00", "12:00"),
                    interval(MONDAY, "14:00", "18:00"),
                    interval(MONDAY, "08:00", "12:00"));
            assertEquals(List.of(
                    interval(MONDAY, "08:00", "12:00"),
                    interval(MONDAY, "14:00", "18:00"),
                    interval(TUESDAY, "08:00", "12:00")), schedule.intervals());
        }

        @Test
        void mergesTouchingIntervalsOfTheSameDay() {
            assertEquals(List.of(interval(MONDAY, "08:00", "16:00")),
                    schedule(interval(MONDAY, "12:00", "16:00"), interval(MONDAY, "08:00", "12:00")).intervals());
        }

        @Test
        void sameHoursOnDifferentDaysDoNotConflict() {
            assertEquals(2, schedule(interval(MONDAY, "08:00", "12:00"), interval(TUESDAY, "08:00", "12:00"))
                    .intervals().size());
        }

        @Test
        void rejectsOverlapNamingDayAndTimes() {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> schedule(interval(WEDNESDAY, "08:00", "12:00"), interval(WEDNESDAY, "11:00", "14:00")));
            assertEquals("Opening hours overlap on WEDNESDAY: 08:00-12:00 and 11:00-14:00", error.getMessage());
        }

        @Test
        void rejectsNestedAndIdenticalIntervals() {
            assertThrows(IllegalArgumentException.class,
                    () -> schedule(interval(MONDAY, "08:00", "18:00"), interval(MONDAY, "09:00", "10:00")));
            assertThrows(IllegalArgumentException.class,
                    () -> schedule(interval(MONDAY, "08:00", "12:00"), interval(MONDAY, "08:00", "12:00")));
        }

        @Test
        void rejectsOverlapWithAnIntervalMergedEarlier() {
            assertThrows(IllegalArgumentException.class, () -> schedule(
                    interval(MONDAY, "08:00", "10:00"), interval(MONDAY, "10:00", "12:00"), interval(MONDAY, "11:00", "13:00")));
        }

        @Test
        void rejectsNullInput() {
            assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.of(null));
            assertThrows(IllegalArgumentException.class,
                    () -> WeeklySchedule.of(Arrays.asList(interval(MONDAY, "08:00", "12:00"), null)));
        }

        @Test
        void emptyScheduleIsEmpty() {
            assertTrue(WeeklySchedule.of(List.of()).isEmpty());
            assertFalse(weekdays("08:00", "12:00").isEmpty());
        }

        @Test
        void intervalsCannotBeModified() {
            List<WeeklyInterval> intervals = weekdays("08:00", "12:00").intervals();
            assertThrows(UnsupportedOperationException.class, intervals::clear);
        }

        @Test
        void valueSemantics() {
            WeeklySchedule merged = schedule(interval(MONDAY, "08:00", "16:00"));
            WeeklySchedule pieces = schedule(interval(MONDAY, "12:00", "16:00"), interval(MONDAY, "08:00", "12:00"));
            assertEquals(merged, pieces);
            assertEquals(merged.hashCode(), pieces.hashCode());
            assertTrue(merged.toString().contains("MONDAY"), merged.toString());
        }
    }

    @Nested
    class IntersectAndWithin {

        @Test
        void restrictsSpaceHoursToVenueHours() {
            WeeklySchedule space = weekdays("07:00", "20:00");
            WeeklySchedule venue = weekdays("08:00", "12:00", "12:30", "16:30");
            assertEquals(venue, space.intersect(venue));
            assertEquals(venue, venue.intersect(space));
        }

        @Test
        void keepsOnlyDaysOpenInBoth() {
            WeeklySchedule space = schedule(interval(MONDAY, "09:00", "17:00"), interval(SATURDAY, "09:00", "12:00"));
            WeeklySchedule venue = weekdays("08:00", "18:00");
            assertEquals(schedule(interval(MONDAY, "09:00", "17:00")), space.intersect(venue));
        }

        @Test
        void touchingHoursHaveNothingInCommon() {
            assertTrue(weekdays("08:00", "12:00").intersect(weekdays("12:00", "16:00")).isEmpty());
        }

        @Test
        void staggeredHours() {
            WeeklySchedule a = schedule(interval(MONDAY, "08:00", "10:00"), interval(MONDAY, "11:00", "13:00"));
            WeeklySchedule b = schedule(interval(MONDAY, "09:00", "12:00"), interval(MONDAY, "12:30", "14:00"));
            assertEquals(schedule(interval(MONDAY, "09:00", "10:00"), interval(MONDAY, "11:00", "12:00"),
                    interval(MONDAY, "12:30", "13:00")), a.intersect(b));
        }

        @Test
        void withEmptyIsEmpty() {
            WeeklySchedule empty = WeeklySchedule.of(List.of());
            assertTrue(weekdays("08:00", "12:00").intersect(empty).isEmpty());
            assertTrue(empty.intersect(weekdays("08:00", "12:00")).isEmpty());
        }

        @Test
        void isWithinWhenEveryIntervalFitsInTheOuterHours() {
            WeeklySchedule venue = weekdays("08:00", "18:00");
            assertTrue(weekdays("09:00", "12:00", "14:00", "18:00").isWithin(venue));
            assertTrue(venue.isWithin(venue));
            assertTrue(WeeklySchedule.of(List.of()).isWithin(venue));
        }

        @Test
        void isNotWithinWhenAnyPartIsOutside() {
            WeeklySchedule venue = weekdays("08:00", "12:00", "12:30", "16:30");
            assertFalse(weekdays("08:00", "16:30").isWithin(venue));
            assertFalse(schedule(interval(SATURDAY, "09:00", "10:00")).isWithin(venue));
            assertFalse(schedule(interval(MONDAY, "07:59", "10:00")).isWithin(venue));
            assertFalse(venue.isWithin(WeeklySchedule.of(List.of())));
        }

        @Test
        void rejectsNull() {
            assertThrows(IllegalArgumentException.class, () -> weekdays("08:00", "12:00").intersect(null));
            assertThrows(IllegalArgumentException.class, () -> weekdays("08:00", "12:00").isWithin(null));
        }
    }

    @Nested
    class Expand {

        @Test
        void followsTheOffsetOnEachSideOfTheSpringChange() {
            TimeRanges opening = expandInParis(weekdays("08:00", "12:00"), "2027-03-26", "2027-03-29");
            assertEquals(TimeRanges.of(
                    utc("2027-03-26T07:00:00Z", "2027-03-26T11:00:00Z"),
                    utc("2027-03-29T06:00:00Z", "2027-03-29T10:00:00Z")), opening);
            assertEquals(paris("2027-03-26T08:00", "2027-03-26T12:00"), opening.ranges().get(0));
            assertEquals(paris("2027-03-29T08:00", "2027-03-29T12:00"), opening.ranges().get(1));
        }

        @Test
        void springForwardDayIsAnHourShorterAcrossTheChange() {
            TimeRanges opening = expandInParis(schedule(interval(SUNDAY, "01:00", "04:00")), "2027-03-28", "2027-03-28");
            assertEquals(TimeRanges.of(utc("2027-03-28T00:00:00Z", "2027-03-28T02:00:00Z")), opening);
            assertEquals(Duration.ofHours(2), opening.totalDuration());
        }

        @Test
        void fallBackDayIsAnHourLongerAcrossTheChange() {
            TimeRanges opening = expandInParis(schedule(interval(SUNDAY, "01:00", "04:00")), "2027-10-31", "2027-10-31");
            assertEquals(TimeRanges.of(utc("2027-10-30T23:00:00Z", "2027-10-31T03:00:00Z")), opening);
            assertEquals(Duration.ofHours(4), opening.totalDuration());
        }

        @Test
        void timesInTheAutumnOverlapTakeTheEarlierOffset() {
            TimeRanges opening = expandInParis(schedule(interval(SUNDAY, "02:15", "02:45")), "2027-10-31", "2027-10-31");
            assertEquals(TimeRanges.of(utc("2027-10-31T00:15:00Z", "2027-10-31T00:45:00Z")), opening);
        }

        @Test
        void intervalInsideTheSpringGapMovesForwardByTheGapLength() {
            TimeRanges opening = expandInParis(schedule(interval(SUNDAY, "02:15", "02:45")), "2027-03-28", "2027-03-28");
            // 02:15 and 02:45 do not exist; like ZonedDateTime.of they become 03:15 and 03:45 (+02:00).
            assertEquals(TimeRanges.of(utc("2027-03-28T01:15:00Z", "2027-03-28T01:45:00Z")), opening);
        }

        @Test
        void intervalThatResolvesToNothingInTheSpringGapIsDropped() {
            WeeklySchedule wholeGap = schedule(interval(SUNDAY, "02:00", "03:00"));
            WeeklySchedule gapTail = schedule(interval(SUNDAY, "02:30", "03:15"));
            assertTrue(expandInParis(wholeGap, "2027-03-28", "2027-03-28").isEmpty());
            assertTrue(expandInParis(gapTail, "2027-03-28", "2027-03-28").isEmpty());
            assertEquals(TimeRanges.of(paris("2027-04-04T02:00", "2027-04-04T03:00")),
                    expandInParis(wholeGap, "2027-04-04", "2027-04-04"));
        }

        @Test
        void lunchBreakSplitsEachWeekday() {
            TimeRanges opening = expandInParis(weekdays("08:00", "12:00", "12:30", "16:30"), "2027-06-07", "2027-06-13");
            assertEquals(10, opening.ranges().size());
            assertEquals(Duration.ofHours(40), opening.totalDuration());
            assertEquals(paris("2027-06-07T08:00", "2027-06-07T12:00"), opening.ranges().get(0));
            assertEquals(paris("2027-06-07T12:30", "2027-06-07T16:30"), opening.ranges().get(1));
            assertEquals(paris("2027-06-11T12:30", "2027-06-11T16:30"), opening.ranges().get(9));
        }

        @Test
        void skipsClosedDates() {
            Set<LocalDate> holidays = Set.of(LocalDate.parse("2027-05-06"), LocalDate.parse("2027-05-07"));
            TimeRanges opening = weekdays("08:00", "12:00")
                    .expand(LocalDate.parse("2027-05-03"), LocalDate.parse("2027-05-09"), PARIS, holidays::contains);
            assertEquals(TimeRanges.of(
                    paris("2027-05-03T08:00", "2027-05-03T12:00"),
                    paris("2027-05-04T08:00", "2027-05-04T12:00"),
                    paris("2027-05-05T08:00", "2027-05-05T12:00")), opening);
        }

        @Test
        void bothDatesAreInclusiveAndASingleDayWorks() {
            assertEquals(TimeRanges.of(paris("2027-05-03T08:00", "2027-05-03T12:00")),
                    expandInParis(weekdays("08:00", "12:00"), "2027-05-03", "2027-05-03"));
        }

        @Test
        void daysWithoutHoursGiveNothing() {
            assertTrue(expandInParis(weekdays("08:00", "12:00"), "2027-05-08", "2027-05-09").isEmpty());
            assertTrue(expandInParis(WeeklySchedule.of(List.of()), "2027-05-03", "2027-05-09").isEmpty());
        }

        @Test
        void usesTheGivenZone() {
            TimeRanges opening = weekdays("08:00", "12:00")
                    .expand(LocalDate.parse("2027-05-03"), LocalDate.parse("2027-05-03"), ZoneOffset.UTC, NEVER_CLOSED);
            assertEquals(TimeRanges.of(utc("2027-05-03T08:00:00Z", "2027-05-03T12:00:00Z")), opening);
        }

        @Test
        void rejectsInvalidArguments() {
            WeeklySchedule schedule = weekdays("08:00", "12:00");
            LocalDate day = LocalDate.parse("2027-05-03");
            assertThrows(IllegalArgumentException.class, () -> schedule.expand(day, day.minusDays(1), PARIS, NEVER_CLOSED));
            assertThrows(IllegalArgumentException.class, () -> schedule.expand(null, day, PARIS, NEVER_CLOSED));
            assertThrows(IllegalArgumentException.class, () -> schedule.expand(day, null, PARIS, NEVER_CLOSED));
            assertThrows(IllegalArgumentException.class, () -> schedule.expand(day, day, null, NEVER_CLOSED));
            assertThrows(IllegalArgumentException.class, () -> schedule.expand(day, day, PARIS, null));
        }
    }
}
