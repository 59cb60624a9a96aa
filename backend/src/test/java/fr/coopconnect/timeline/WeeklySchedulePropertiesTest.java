package fr.coopconnect.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WeeklySchedulePropertiesTest {

    /** A Monday to Sunday week, so that every interval of a schedule is expanded exactly once. */
    private static final LocalDate MONDAY = LocalDate.parse("2027-06-14");
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);
    private static final Predicate<LocalDate> NEVER_CLOSED = date -> false;

    @Provide
    Arbitrary<WeeklySchedule> schedules() {
        // Distinct sorted boundaries per day, paired up, give valid non-touching intervals.
        return Arbitraries.integers().between(0, 24 * 60 - 1).set().ofMaxSize(6).list().ofSize(7).map(boundariesPerDay -> {
            List<WeeklyInterval> intervals = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                List<Integer> boundaries = boundariesPerDay.get(day.ordinal()).stream().sorted().toList();
                for (int i = 0; i + 1 < boundaries.size(); i += 2) {
                    intervals.add(new WeeklyInterval(day, minuteOfDay(boundaries.get(i)), minuteOfDay(boundaries.get(i + 1))));
                }
            }
            return WeeklySchedule.of(intervals);
        });
    }

    @Provide
    Arbitrary<Set<LocalDate>> closedDays() {
        return Arbitraries.integers().between(0, 6).map(MONDAY::plusDays).set();
    }

    private static LocalTime minuteOfDay(int minute) {
        return LocalTime.ofSecondOfDay(minute * 60L);
    }

    private static TimeRanges expandInUtc(WeeklySchedule schedule, Predicate<LocalDate> closedOn) {
        return schedule.expand(MONDAY, SUNDAY, ZoneOffset.UTC, closedOn);
    }

    @Property
    void intersectionOfSchedulesExpandsToTheIntersectionOfTheirOpeningTimes(
            @ForAll("schedules") WeeklySchedule a, @ForAll("schedules") WeeklySchedule b) {
        assertEquals(expandInUtc(a, NEVER_CLOSED).intersect(expandInUtc(b, NEVER_CLOSED)),
                expandInUtc(a.intersect(b), NEVER_CLOSED));
    }

    @Property
    void isWithinMeansOpeningTimesAreIncluded(@ForAll("schedules") WeeklySchedule inner,
                                              @ForAll("schedules") WeeklySchedule outer) {
        boolean included = expandInUtc(inner, NEVER_CLOSED).minus(expandInUtc(outer, NEVER_CLOSED)).isEmpty();
        assertEquals(included, inner.isWithin(outer));
        assertTrue(inner.intersect(outer).isWithin(inner));
        assertTrue(inner.intersect(outer).isWithin(outer));
    }

    @Property
    void splittingIntervalsIntoTouchingPiecesGivesTheSameSchedule(@ForAll("schedules") WeeklySchedule schedule) {
        List<WeeklyInterval> pieces = new ArrayList<>();
        for (WeeklyInterval interval : schedule.intervals()) {
            LocalTime middle = interval.opens().plus(Duration.between(interval.opens(), interval.closes()).dividedBy(2));
            pieces.add(new WeeklyInterval(interval.day(), middle, interval.closes()));
            // Added at the front so that the input is also out of order.
            pieces.add(0, new WeeklyInterval(interval.day(), interval.opens(), middle));
        }
        assertEquals(schedule, WeeklySchedule.of(pieces));
    }

    @Property
    void closedDaysRemoveExactlyTheirDates(@ForAll("schedules") WeeklySchedule schedule,
                                           @ForAll("closedDays") Set<LocalDate> closed) {
        List<TimeRange> closedDates = closed.stream()
                .map(date -> new TimeRange(utcMidnight(date), utcMidnight(date.plusDays(1))))
                .toList();
        assertEquals(expandInUtc(schedule, NEVER_CLOSED).minus(TimeRanges.of(closedDates)),
                expandInUtc(schedule, closed::contains));
    }

    private static Instant utcMidnight(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
