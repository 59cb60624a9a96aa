package fr.coopconnect.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Seat occupancy of a shared space over time, computed with a sweep line over start/end events. */
public final class SeatTimeline {

    private SeatTimeline() {
    }

    /**
     * Free seats over the whole window as consecutive pieces, neighbours always differing in count.
     * Not clamped at zero: a negative count reveals over-booking, which callers want to detect.
     */
    public static List<SeatLevel> freeSeats(TimeRange window, int capacity, Collection<SeatUse> uses) {
        requireCapacity(capacity);
        List<SeatLevel> levels = new ArrayList<>();
        for (UsedLevel used : usedLevels(window, uses)) {
            levels.add(new SeatLevel(used.range(), capacity - used.seats()));
        }
        return List.copyOf(levels);
    }

    /** Peak number of seats taken at any instant of the range; 0 when nothing overlaps it. */
    public static int maxUsed(TimeRange range, Collection<SeatUse> uses) {
        int peak = 0;
        for (UsedLevel used : usedLevels(range, uses)) {
            peak = Math.max(peak, used.seats());
        }
        return peak;
    }

    static void requireCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A shared space must have a capacity of at least one seat, got " + capacity);
        }
    }

    static void requireUses(Collection<SeatUse> uses) {
        if (uses == null) {
            throw new IllegalArgumentException("The collection of seat uses must not be null");
        }
    }

    private record UsedLevel(TimeRange range, int seats) {
    }

    private record SeatChange(Instant at, int delta) {
    }

    /** Seats taken over the whole window, as consecutive pieces with distinct neighbouring counts. */
    private static List<UsedLevel> usedLevels(TimeRange window, Collection<SeatUse> uses) {
        if (window == null) {
            throw new IllegalArgumentException("The time window must not be null");
        }
        requireUses(uses);
        List<SeatChange> changes = new ArrayList<>(2 * uses.size());
        for (SeatUse use : uses) {
            if (use == null) {
                throw new IllegalArgumentException("A collection of seat uses must not contain null");
            }
            use.range().intersection(window).ifPresent(clipped -> {
                changes.add(new SeatChange(clipped.start(), use.seats()));
                changes.add(new SeatChange(clipped.end(), -use.seats()));
            });
        }
        // Only the instant matters: all changes at one instant are applied together, so input order is irrelevant.
        changes.sort(Comparator.comparing(SeatChange::at));

        List<UsedLevel> levels = new ArrayList<>();
        Instant pieceStart = window.start();
        int seats = 0;
        int index = 0;
        while (index < changes.size()) {
            Instant at = changes.get(index).at();
            if (at.isAfter(pieceStart)) {
                appendMerging(levels, new UsedLevel(new TimeRange(pieceStart, at), seats));
                pieceStart = at;
            }
            while (index < changes.size() && changes.get(index).at().equals(at)) {
                seats += changes.get(index).delta();
                index++;
            }
        }
        if (pieceStart.isBefore(window.end())) {
            appendMerging(levels, new UsedLevel(new TimeRange(pieceStart, window.end()), seats));
        }
        return levels;
    }

    private static void appendMerging(List<UsedLevel> levels, UsedLevel next) {
        int lastIndex = levels.size() - 1;
        if (lastIndex >= 0 && levels.get(lastIndex).seats() == next.seats()) {
            TimeRange extended = new TimeRange(levels.get(lastIndex).range().start(), next.range().end());
            levels.set(lastIndex, new UsedLevel(extended, next.seats()));
        } else {
            levels.add(next);
        }
    }
}
