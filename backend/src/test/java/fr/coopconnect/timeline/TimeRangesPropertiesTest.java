package fr.coopconnect.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimeRangesPropertiesTest {

    private static final MinuteModel MODEL = new MinuteModel(TimelineArbitraries.ORIGINS.get(0));

    @Provide
    Arbitrary<TimeRanges> sets() {
        return TimelineArbitraries.rangeSets(MODEL);
    }

    @Provide
    Arbitrary<List<TimeRange>> lists() {
        return TimelineArbitraries.rangeLists(MODEL);
    }

    @Provide
    Arbitrary<TimeRange> ranges() {
        return TimelineArbitraries.ranges(MODEL);
    }

    @Property
    void ofHoldsExactlyTheMinutesOfItsRanges(@ForAll("lists") List<TimeRange> ranges) {
        BitSet expected = new BitSet();
        ranges.forEach(range -> expected.or(MODEL.bits(TimeRanges.of(range))));
        assertEquals(MODEL.ranges(expected), TimeRanges.of(ranges));
    }

    @Property
    void unionAgreesWithTheModel(@ForAll("sets") TimeRanges a, @ForAll("sets") TimeRanges b) {
        BitSet expected = MODEL.bits(a);
        expected.or(MODEL.bits(b));
        assertEquals(MODEL.ranges(expected), a.union(b));
    }

    @Property
    void minusAgreesWithTheModel(@ForAll("sets") TimeRanges a, @ForAll("sets") TimeRanges b) {
        BitSet expected = MODEL.bits(a);
        expected.andNot(MODEL.bits(b));
        assertEquals(MODEL.ranges(expected), a.minus(b));
    }

    @Property
    void intersectAgreesWithTheModel(@ForAll("sets") TimeRanges a, @ForAll("sets") TimeRanges b) {
        BitSet expected = MODEL.bits(a);
        expected.and(MODEL.bits(b));
        assertEquals(MODEL.ranges(expected), a.intersect(b));
    }

    @Property
    void everyResultIsNormalized(@ForAll("lists") List<TimeRange> ranges, @ForAll("sets") TimeRanges other) {
        TimeRanges set = TimeRanges.of(ranges);
        for (TimeRanges result : List.of(set, set.union(other), set.minus(other), set.intersect(other))) {
            List<TimeRange> sorted = result.ranges();
            for (int i = 1; i < sorted.size(); i++) {
                assertTrue(sorted.get(i - 1).end().isBefore(sorted.get(i).start()),
                        () -> "Not sorted with positive gaps: " + result);
            }
        }
    }

    @Property
    void queriesAgreeWithTheModel(@ForAll("sets") TimeRanges set, @ForAll("ranges") TimeRange range) {
        BitSet minutes = MODEL.bits(set);
        int from = MODEL.minute(range.start());
        int to = MODEL.minute(range.end());
        assertEquals(minutes.nextClearBit(from) >= to, set.covers(range));
        int firstSet = minutes.nextSetBit(from);
        assertEquals(firstSet >= 0 && firstSet < to, set.overlaps(range));
        assertEquals(Duration.ofMinutes(minutes.cardinality()), set.totalDuration());
    }

    @Property
    void freeTimeNeverOverlapsBusyTime(@ForAll("sets") TimeRanges open, @ForAll("sets") TimeRanges busy) {
        TimeRanges free = open.minus(busy);
        assertTrue(free.intersect(busy).isEmpty());
        busy.ranges().forEach(booking -> assertFalse(free.overlaps(booking), () -> "Free time overlaps " + booking));
    }

    @Property
    void freeTimeLiesWithinOpenTime(@ForAll("sets") TimeRanges open, @ForAll("sets") TimeRanges busy) {
        TimeRanges free = open.minus(busy);
        assertTrue(free.minus(open).isEmpty());
        free.ranges().forEach(range -> assertTrue(open.covers(range), () -> range + " is outside " + open));
    }

    @Property
    void addingABookingNeverAddsFreeTime(@ForAll("sets") TimeRanges open, @ForAll("sets") TimeRanges busy,
                                         @ForAll("ranges") TimeRange booking) {
        TimeRanges freeBefore = open.minus(busy);
        TimeRanges freeAfter = open.minus(busy.union(TimeRanges.of(booking)));
        assertTrue(freeAfter.minus(freeBefore).isEmpty());
        assertTrue(freeAfter.totalDuration().compareTo(freeBefore.totalDuration()) <= 0);
        assertFalse(freeAfter.overlaps(booking));
    }
}
