package fr.coopconnect.occupancy;

import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OccupancyGridTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static Instant paris(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), PARIS).toInstant();
    }

    static TimeRanges ranges(String... fromTo) {
        TimeRange[] ranges = new TimeRange[fromTo.length / 2];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = new TimeRange(paris(fromTo[2 * i]), paris(fromTo[2 * i + 1]));
        }
        return TimeRanges.of(ranges);
    }

    @Test
    void bucketsCoverThePeriodWeeksStartingOnMonday() {
        LocalDate wednesday = LocalDate.of(2027, 3, 3);
        assertEquals(List.of(LocalDateTime.of(2027, 3, 1, 0, 0), LocalDateTime.of(2027, 3, 8, 0, 0)),
                OccupancyGrid.bucketStarts(wednesday, wednesday.plusDays(7), Granularity.WEEK));
        assertEquals(8, OccupancyGrid.bucketStarts(wednesday, wednesday.plusDays(7), Granularity.DAY).size());
        assertEquals(48, OccupancyGrid.bucketStarts(wednesday, wednesday.plusDays(1), Granularity.HOUR).size());
        for (Granularity granularity : Granularity.values()) {
            assertEquals(OccupancyGrid.bucketStarts(wednesday, wednesday.plusDays(40), granularity).size(),
                    OccupancyGrid.bucketCount(wednesday, wednesday.plusDays(40), granularity));
        }
    }

    @Test
    void cutsOpenTimeIntoLocalBucketsAndHeatmapCells() {
        TimeRanges open = ranges("2027-03-02T08:00", "2027-03-02T12:00", "2027-03-02T12:30", "2027-03-02T16:30",
                "2027-03-03T09:15", "2027-03-03T10:00");
        Map<LocalDateTime, Long> days = OccupancyGrid.secondsPerBucket(open, PARIS, Granularity.DAY);
        assertEquals(Map.of(LocalDateTime.of(2027, 3, 2, 0, 0), 8 * 3600L, LocalDateTime.of(2027, 3, 3, 0, 0), 45 * 60L), days);
        Map<LocalDateTime, Long> hours = OccupancyGrid.secondsPerBucket(open, PARIS, Granularity.HOUR);
        assertEquals(1800L, hours.get(LocalDateTime.of(2027, 3, 2, 12, 0)));
        assertEquals(2700L, hours.get(LocalDateTime.of(2027, 3, 3, 9, 0)));
        long[][] cells = OccupancyGrid.secondsPerCell(open, PARIS);
        assertEquals(3600L, cells[1][8]);
        assertEquals(1800L, cells[1][12]);
        assertEquals(0L, cells[1][16] - 1800L);
        assertEquals(2700L, cells[2][9]);
        assertEquals(0L, cells[0][9]);
    }

    @Test
    void theHourRepeatedWhenClocksGoBackCountsTwiceUnderOneLocalLabel() {
        Instant start = ZonedDateTime.of(LocalDateTime.parse("2027-10-31T01:00"), PARIS).toInstant();
        TimeRanges night = TimeRanges.of(new TimeRange(start, start.plusSeconds(4 * 3600)));
        Map<LocalDateTime, Long> hours = OccupancyGrid.secondsPerBucket(night, PARIS, Granularity.HOUR);
        assertEquals(7200L, hours.get(LocalDateTime.of(2027, 10, 31, 2, 0)));
        assertEquals(4 * 3600L, OccupancyGrid.secondsPerBucket(night, PARIS, Granularity.DAY).get(LocalDateTime.of(2027, 10, 31, 0, 0)));
    }

    @Test
    void splitsRangesAtLocalMidnight() {
        TimeRanges twoNights = ranges("2027-03-02T20:00", "2027-03-04T02:00");
        assertEquals(List.of(new TimeRange(paris("2027-03-02T20:00"), paris("2027-03-03T00:00")),
                        new TimeRange(paris("2027-03-03T00:00"), paris("2027-03-04T00:00")),
                        new TimeRange(paris("2027-03-04T00:00"), paris("2027-03-04T02:00"))),
                OccupancyGrid.splitByLocalDay(twoNights, PARIS));
    }

    @Test
    void ratiosAreUndefinedWithoutAWholeAndHoursAreRoundedToTheHundredth() {
        assertNull(OccupancyGrid.ratio(0, 0));
        assertEquals(0.25, OccupancyGrid.ratio(1, 4));
        assertEquals(1.5, OccupancyGrid.hours(5400));
        assertEquals(0.33, OccupancyGrid.hours(1200));
    }

    @Test
    void granularityIsReadCaseInsensitively() {
        assertEquals(Granularity.HOUR, Granularity.parse("hour").orElseThrow());
        assertEquals(Granularity.WEEK, Granularity.parse(" Week ").orElseThrow());
        assertEquals(true, Granularity.parse("minute").isEmpty());
        assertEquals(true, Granularity.parse(null).isEmpty());
    }
}
