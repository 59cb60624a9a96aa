package fr.coopconnect.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Recurring weekly opening hours. Intervals are kept sorted by day then time, with touching
 * intervals of the same day merged, so that equal schedules are equal objects.
 */
public final class WeeklySchedule {

    private static final Comparator<WeeklyInterval> BY_DAY_THEN_TIME =
            Comparator.comparing(WeeklyInterval::day).thenComparing(WeeklyInterval::opens);

    private final List<WeeklyInterval> intervals;

    private WeeklySchedule(List<WeeklyInterval> normalizedIntervals) {
        this.intervals = List.copyOf(normalizedIntervals);
    }

    /**
     * @throws IllegalArgumentException when two intervals of the same day overlap; overlapping hours
     *     are almost always a data-entry mistake, so they are rejected rather than silently merged
     */
    public static WeeklySchedule of(List<WeeklyInterval> intervals) {
        if (intervals == null) {
            throw new IllegalArgumentException("The list of weekly intervals must not be null");
        }
        List<WeeklyInterval> sorted = new ArrayList<>(intervals.size());
        for (WeeklyInterval interval : intervals) {
            if (interval == null) {
                throw new IllegalArgumentException("A weekly schedule must not contain a null interval");
            }
            sorted.add(interval);
        }
        sorted.sort(BY_DAY_THEN_TIME);
        List<WeeklyInterval> merged = new ArrayList<>();
        for (WeeklyInterval next : sorted) {
            WeeklyInterval previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous == null || previous.day() != next.day() || previous.closes().isBefore(next.opens())) {
                merged.add(next);
            } else if (previous.closes().equals(next.opens())) {
                merged.set(merged.size() - 1, new WeeklyInterval(next.day(), previous.opens(), next.closes()));
            } else {
                throw new IllegalArgumentException("Opening hours overlap on " + next.day() + ": "
                        + previous.opens() + "-" + previous.closes() + " and " + next.opens() + "-" + next.closes());
            }
        }
        return new WeeklySchedule(merged);
    }

    public List<WeeklyInterval> intervals() {
        return intervals;
    }

    public boolean isEmpty() {
        return intervals.isEmpty();
    }

    /** Hours open in both schedules, e.g. a space's own hours restricted to its venue's. */
    public WeeklySchedule intersect(WeeklySchedule other) {
        if (other == null) {
            throw new IllegalArgumentException("The other weekly schedule must not be null");
        }
        List<WeeklyInterval> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < intervals.size() && j < other.intervals.size()) {
            WeeklyInterval own = intervals.get(i);
            WeeklyInterval theirs = other.intervals.get(j);
            int dayOrder = own.day().compareTo(theirs.day());
            if (dayOrder < 0) {
                i++;
            } else if (dayOrder > 0) {
                j++;
            } else {
                LocalTime opens = own.opens().isAfter(theirs.opens()) ? own.opens() : theirs.opens();
                LocalTime closes = own.closes().isBefore(theirs.closes()) ? own.closes() : theirs.closes();
                if (opens.isBefore(closes)) {
                    result.add(new WeeklyInterval(own.day(), opens, closes));
                }
                if (own.closes().isBefore(theirs.closes())) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        // Pieces of a same-day intersection never touch when both inputs are normalized.
        return new WeeklySchedule(result);
    }

    public boolean isWithin(WeeklySchedule outer) {
        return intersect(outer).equals(this);
    }

    /**
     * The concrete opening instants between two dates (both inclusive) in the given zone.
     * Wall-clock times are resolved like {@link ZonedDateTime#of}: a time inside a spring-forward gap
     * moves forward by the gap length, a time inside an autumn overlap takes the earlier offset.
     * An interval that resolves to nothing (it starts in the gap and ends just after it) is dropped.
     */
    public TimeRanges expand(LocalDate from, LocalDate toInclusive, ZoneId zone, Predicate<LocalDate> closedOn) {
        if (from == null || toInclusive == null || zone == null || closedOn == null) {
            throw new IllegalArgumentException("Expanding a weekly schedule needs two dates, a zone and a closed-day predicate");
        }
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("The expansion end date " + toInclusive + " is before the start date " + from);
        }
        List<TimeRange> opening = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (closedOn.test(date)) {
                continue;
            }
            for (WeeklyInterval interval : intervals) {
                if (interval.day() != date.getDayOfWeek()) {
                    continue;
                }
                Instant opens = ZonedDateTime.of(LocalDateTime.of(date, interval.opens()), zone).toInstant();
                Instant closes = ZonedDateTime.of(LocalDateTime.of(date, interval.closes()), zone).toInstant();
                if (opens.isBefore(closes)) {
                    opening.add(new TimeRange(opens, closes));
                }
            }
        }
        return TimeRanges.of(opening);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklySchedule that && intervals.equals(that.intervals);
    }

    @Override
    public int hashCode() {
        return intervals.hashCode();
    }

    @Override
    public String toString() {
        return "WeeklySchedule" + intervals;
    }
}
