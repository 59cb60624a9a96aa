package fr.coopconnect.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * An immutable set of instants, kept normalized: ranges sorted by start, non-overlapping,
 * with touching ranges merged, so every gap between two ranges is strictly positive.
 * Normalization makes equality structural and lets every set operation be a single linear sweep.
 */
public final class TimeRanges {

    private static final TimeRanges EMPTY = new TimeRanges(List.of());

    private static final Comparator<TimeRange> BY_START = Comparator.comparing(TimeRange::start);

    private final List<TimeRange> ranges;

    /**
     * Callers must pass an already normalized list that nobody else holds (each operation builds its own), so it
     * is wrapped rather than copied: a search builds thousands of these.
     */
    private TimeRanges(List<TimeRange> normalizedRanges) {
        this.ranges = Collections.unmodifiableList(normalizedRanges);
    }

    public static TimeRanges empty() {
        return EMPTY;
    }

    public static TimeRanges of(Collection<TimeRange> ranges) {
        if (ranges == null) {
            throw new IllegalArgumentException("The collection of time ranges must not be null");
        }
        List<TimeRange> sorted = new ArrayList<>(ranges.size());
        boolean inOrder = true;
        for (TimeRange range : ranges) {
            if (range == null) {
                throw new IllegalArgumentException("A collection of time ranges must not contain null");
            }
            inOrder = inOrder && (sorted.isEmpty() || !range.start().isBefore(sorted.get(sorted.size() - 1).start()));
            sorted.add(range);
        }
        // Most callers pass ranges already in order (opening hours day by day, bookings as the index returns them).
        if (!inOrder) {
            sorted.sort(BY_START);
        }
        return coalesce(sorted);
    }

    public static TimeRanges of(TimeRange... ranges) {
        if (ranges == null) {
            throw new IllegalArgumentException("The array of time ranges must not be null");
        }
        return of(Arrays.asList(ranges));
    }

    public List<TimeRange> ranges() {
        return ranges;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public TimeRanges union(TimeRanges other) {
        requireSet(other);
        List<TimeRange> mergedByStart = new ArrayList<>(ranges.size() + other.ranges.size());
        int i = 0;
        int j = 0;
        while (i < ranges.size() || j < other.ranges.size()) {
            boolean takeOwn = j == other.ranges.size()
                    || (i < ranges.size() && !ranges.get(i).start().isAfter(other.ranges.get(j).start()));
            mergedByStart.add(takeOwn ? ranges.get(i++) : other.ranges.get(j++));
        }
        return coalesce(mergedByStart);
    }

    public TimeRanges minus(TimeRanges removed) {
        requireSet(removed);
        // Immutable, so nothing to remove means this very set: most spaces of a search have no block.
        if (removed.isEmpty() || isEmpty()) {
            return this;
        }
        List<TimeRange> result = new ArrayList<>();
        List<TimeRange> cuts = removed.ranges;
        int j = 0;
        for (TimeRange kept : ranges) {
            Instant cursor = kept.start();
            while (j < cuts.size() && !cuts.get(j).end().isAfter(cursor)) {
                j++;
            }
            while (j < cuts.size() && cursor.isBefore(kept.end()) && cuts.get(j).start().isBefore(kept.end())) {
                TimeRange cut = cuts.get(j);
                if (cut.start().isAfter(cursor)) {
                    result.add(new TimeRange(cursor, cut.start()));
                }
                cursor = cut.end();
                // A cut reaching past this range may still bite into the next one.
                if (!cut.end().isAfter(kept.end())) {
                    j++;
                }
            }
            if (cursor.isBefore(kept.end())) {
                result.add(new TimeRange(cursor, kept.end()));
            }
        }
        // Pieces are separated by non-empty cuts or by the original gaps, so they are already normalized.
        return new TimeRanges(result);
    }

    public TimeRanges intersect(TimeRanges other) {
        requireSet(other);
        // A single range spanning the other set leaves it whole: a search's window and its spaces' opening hours.
        if (spans(other)) {
            return other;
        }
        if (other.spans(this)) {
            return this;
        }
        List<TimeRange> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < ranges.size() && j < other.ranges.size()) {
            TimeRange own = ranges.get(i);
            TimeRange theirs = other.ranges.get(j);
            own.intersection(theirs).ifPresent(result::add);
            if (own.end().isBefore(theirs.end())) {
                i++;
            } else {
                j++;
            }
        }
        // Touching pieces would require touching ranges in one of the normalized inputs, which cannot exist.
        return new TimeRanges(result);
    }

    /** True when this set is one range holding all of the other set (an empty set is held by any). */
    private boolean spans(TimeRanges other) {
        return ranges.size() == 1 && (other.isEmpty() || !other.ranges.get(0).start().isBefore(ranges.get(0).start())
                && !other.ranges.get(other.ranges.size() - 1).end().isAfter(ranges.get(0).end()));
    }

    /** True when the range lies entirely inside a single range of this set. */
    public boolean covers(TimeRange range) {
        requireRange(range);
        int candidate = lastIndexWhereStart(start -> !start.isAfter(range.start()));
        return candidate >= 0 && ranges.get(candidate).contains(range);
    }

    public boolean overlaps(TimeRange range) {
        requireRange(range);
        int candidate = lastIndexWhereStart(start -> start.isBefore(range.end()));
        return candidate >= 0 && ranges.get(candidate).end().isAfter(range.start());
    }

    public Duration totalDuration() {
        Duration total = Duration.ZERO;
        for (TimeRange range : ranges) {
            total = total.plus(range.duration());
        }
        return total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeRanges that && ranges.equals(that.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    @Override
    public String toString() {
        return "TimeRanges" + ranges;
    }

    /** Merges overlapping or touching neighbours of a list sorted by start. */
    private static TimeRanges coalesce(List<TimeRange> sortedByStart) {
        if (sortedByStart.isEmpty()) {
            return EMPTY;
        }
        List<TimeRange> result = new ArrayList<>();
        Instant start = sortedByStart.get(0).start();
        Instant end = sortedByStart.get(0).end();
        for (TimeRange range : sortedByStart.subList(1, sortedByStart.size())) {
            if (range.start().isAfter(end)) {
                result.add(new TimeRange(start, end));
                start = range.start();
                end = range.end();
            } else {
                end = range.end().isAfter(end) ? range.end() : end;
            }
        }
        result.add(new TimeRange(start, end));
        return new TimeRanges(result);
    }

    /** Binary search for the last range whose start satisfies a predicate that holds for a prefix of the list. */
    private int lastIndexWhereStart(Predicate<Instant> holdsForPrefix) {
        int low = 0;
        int high = ranges.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (holdsForPrefix.test(ranges.get(middle).start())) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    private static void requireSet(TimeRanges other) {
        if (other == null) {
            throw new IllegalArgumentException("The other set of time ranges must not be null");
        }
    }

    private static void requireRange(TimeRange range) {
        if (range == null) {
            throw new IllegalArgumentException("The time range must not be null");
        }
    }
}
