package fr.coopconnect.occupancy;

import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OccupancyGridPropertiesTest {

    static final Instant ORIGIN = Instant.parse("2027-03-20T00:00:00Z");
    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/Cayenne"),
            ZoneId.of("Indian/Reunion"), ZoneId.of("Pacific/Noumea"), ZoneId.of("UTC"));

    /** Up to 12 ranges within three weeks around a DST change, at minute precision. */
    @Provide
    Arbitrary<TimeRanges> ranges() {
        Arbitrary<TimeRange> range = Combinators.combine(Arbitraries.integers().between(0, 21 * 24 * 60),
                Arbitraries.integers().between(1, 3 * 24 * 60)).as((start, length) ->
                new TimeRange(ORIGIN.plusSeconds(start * 60L), ORIGIN.plusSeconds((start + length) * 60L)));
        return range.list().ofMaxSize(12).map(TimeRanges::of);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Property
    void everyBucketingAddsUpToTheTotal(@ForAll("ranges") TimeRanges ranges, @ForAll("zones") ZoneId zone,
                                        @ForAll Granularity granularity) {
        long total = ranges.totalDuration().getSeconds();
        assertEquals(total, OccupancyGrid.secondsPerBucket(ranges, zone, granularity).values().stream().mapToLong(Long::longValue).sum());
        long cells = 0;
        for (long[] day : OccupancyGrid.secondsPerCell(ranges, zone)) {
            for (long cell : day) {
                cells += cell;
            }
        }
        assertEquals(total, cells);
        assertEquals(total, OccupancyGrid.splitByLocalDay(ranges, zone).stream()
                .mapToLong(piece -> piece.duration().getSeconds()).sum());
    }

    /** Bookings of an exclusive space never overlap and lie inside open time: utilisation stays within [0, 1] everywhere. */
    @Property
    void utilisationOfBookingsInsideOpenTimeIsBetweenZeroAndOne(@ForAll("ranges") TimeRanges open, @ForAll("zones") ZoneId zone,
                                                                @ForAll Granularity granularity,
                                                                @ForAll("fractions") List<Double> cuts) {
        TimeRanges booked = bookedInside(open, cuts);
        var openPerBucket = OccupancyGrid.secondsPerBucket(open, zone, granularity);
        var bookedPerBucket = OccupancyGrid.secondsPerBucket(booked, zone, granularity);
        bookedPerBucket.forEach((bucket, seconds) -> {
            Double utilisation = OccupancyGrid.ratio(seconds, openPerBucket.getOrDefault(bucket, 0L));
            assertTrue(utilisation != null && utilisation >= 0 && utilisation <= 1, bucket + ": " + utilisation);
        });
        long[][] openCells = OccupancyGrid.secondsPerCell(open, zone);
        long[][] bookedCells = OccupancyGrid.secondsPerCell(booked, zone);
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                assertTrue(bookedCells[day][hour] <= openCells[day][hour]);
            }
        }
        Double overall = OccupancyGrid.ratio(booked.totalDuration().getSeconds(), open.totalDuration().getSeconds());
        assertTrue(overall == null || overall >= 0 && overall <= 1);
    }

    @Provide
    Arbitrary<List<Double>> fractions() {
        return Arbitraries.doubles().between(0, 1).list().ofMaxSize(6);
    }

    /** A booking in each open range, from and to the given fractions of it (minute precision). */
    private static TimeRanges bookedInside(TimeRanges open, List<Double> cuts) {
        List<TimeRange> booked = new ArrayList<>();
        List<TimeRange> ranges = open.ranges();
        for (int i = 0; i < Math.min(ranges.size(), cuts.size()); i++) {
            TimeRange range = ranges.get(i);
            long minutes = range.duration().toMinutes();
            long start = (long) (cuts.get(i) * minutes / 2);
            long end = minutes - start;
            if (start < end) {
                booked.add(new TimeRange(range.start().plusSeconds(start * 60), range.start().plusSeconds(end * 60)));
            }
        }
        return TimeRanges.of(booked);
    }
}
