package fr.coopconnect.occupancy;

import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of occupancy figures, shared by open time (computed here) and booked time (computed by PostgreSQL
 * the same way): time is cut at UTC hour boundaries, and each piece is labelled with the local time of its hour's
 * start. UTC hours are local hours in every zone with a whole-hour offset (all of metropolitan France and nearly all
 * overseas territories); the repeated hour of a DST change back counts twice under the same local label.
 */
public final class OccupancyGrid {

    public static final int DAYS_PER_WEEK = 7;
    public static final int HOURS_PER_DAY = 24;

    private OccupancyGrid() {
    }

    /** The buckets covering the local dates [from, to], in order, the first one possibly starting before {@code from}. */
    public static List<LocalDateTime> bucketStarts(LocalDate from, LocalDate toInclusive, Granularity granularity) {
        List<LocalDateTime> starts = new ArrayList<>();
        LocalDateTime end = toInclusive.plusDays(1).atStartOfDay();
        for (LocalDateTime start = granularity.bucketOf(from.atStartOfDay()); start.isBefore(end); start = granularity.next(start)) {
            starts.add(start);
        }
        return starts;
    }

    /** How many buckets {@link #bucketStarts} would give, without building them. */
    public static long bucketCount(LocalDate from, LocalDate toInclusive, Granularity granularity) {
        LocalDateTime first = granularity.bucketOf(from.atStartOfDay());
        LocalDateTime end = toInclusive.plusDays(1).atStartOfDay();
        return switch (granularity) {
            case HOUR -> ChronoUnit.HOURS.between(first, end);
            case DAY -> ChronoUnit.DAYS.between(first, end);
            case WEEK -> (ChronoUnit.DAYS.between(first, end) + DAYS_PER_WEEK - 1) / DAYS_PER_WEEK;
        };
    }

    /** Seconds of the ranges in each bucket, keyed by bucket start; buckets without time are absent. */
    public static Map<LocalDateTime, Long> secondsPerBucket(TimeRanges ranges, ZoneId zone, Granularity granularity) {
        Map<LocalDateTime, Long> seconds = new HashMap<>();
        forEachHourPiece(ranges, (hourStart, pieceSeconds) ->
                seconds.merge(granularity.bucketOf(LocalDateTime.ofInstant(hourStart, zone)), pieceSeconds, Long::sum));
        return seconds;
    }

    /** Seconds of the ranges per local weekday (0 = Monday) and hour of day. */
    public static long[][] secondsPerCell(TimeRanges ranges, ZoneId zone) {
        long[][] cells = new long[DAYS_PER_WEEK][HOURS_PER_DAY];
        forEachHourPiece(ranges, (hourStart, pieceSeconds) -> {
            LocalDateTime local = LocalDateTime.ofInstant(hourStart, zone);
            cells[local.getDayOfWeek().getValue() - 1][local.getHour()] += pieceSeconds;
        });
        return cells;
    }

    /** The ranges cut at local midnights, so that each piece lies within one local date. */
    public static List<TimeRange> splitByLocalDay(TimeRanges ranges, ZoneId zone) {
        List<TimeRange> pieces = new ArrayList<>();
        for (TimeRange range : ranges.ranges()) {
            Instant start = range.start();
            while (start.isBefore(range.end())) {
                Instant midnight = LocalDate.ofInstant(start, zone).plusDays(1).atStartOfDay(zone).toInstant();
                Instant end = midnight.isBefore(range.end()) ? midnight : range.end();
                pieces.add(new TimeRange(start, end));
                start = end;
            }
        }
        return pieces;
    }

    /** {@code part ÷ whole}, or null when there is no whole to divide by (no open time: utilisation is undefined, not 0). */
    public static Double ratio(double part, double whole) {
        return whole <= 0 ? null : part / whole;
    }

    /** Hours from seconds, rounded to the hundredth of an hour that figures show. */
    public static double hours(double seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }

    private interface HourPieceConsumer {
        void accept(Instant hourStart, long seconds);
    }

    private static void forEachHourPiece(TimeRanges ranges, HourPieceConsumer consumer) {
        for (TimeRange range : ranges.ranges()) {
            Instant hour = range.start().truncatedTo(ChronoUnit.HOURS);
            while (hour.isBefore(range.end())) {
                Instant next = hour.plus(1, ChronoUnit.HOURS);
                Instant start = hour.isAfter(range.start()) ? hour : range.start();
                Instant end = next.isBefore(range.end()) ? next : range.end();
                consumer.accept(hour, end.getEpochSecond() - start.getEpochSecond());
                hour = next;
            }
        }
    }
}
