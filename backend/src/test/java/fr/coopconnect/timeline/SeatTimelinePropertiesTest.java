package fr.coopconnect.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SeatTimelinePropertiesTest {

    private static final MinuteModel MODEL = new MinuteModel(TimelineArbitraries.ORIGINS.get(0));
    private static final TimeRange HORIZON = MODEL.range(0, TimelineArbitraries.HORIZON_MINUTES);

    @Provide
    Arbitrary<List<SeatUse>> uses() {
        return TimelineArbitraries.seatUses(MODEL, 5);
    }

    @Provide
    Arbitrary<TimeRange> windows() {
        return TimelineArbitraries.ranges(MODEL);
    }

    @Property
    void freeSeatsAreContiguousDistinctPiecesMatchingTheModel(@ForAll("windows") TimeRange window,
                                                             @ForAll @IntRange(min = 1, max = 10) int capacity,
                                                             @ForAll("uses") List<SeatUse> uses) {
        List<SeatLevel> levels = SeatTimeline.freeSeats(window, capacity, uses);
        int[] used = MODEL.usedSeats(TimelineArbitraries.HORIZON_MINUTES, uses);

        assertEquals(window.start(), levels.get(0).range().start());
        assertEquals(window.end(), levels.get(levels.size() - 1).range().end());
        for (int i = 1; i < levels.size(); i++) {
            assertEquals(levels.get(i - 1).range().end(), levels.get(i).range().start());
            assertNotEquals(levels.get(i - 1).freeSeats(), levels.get(i).freeSeats());
        }
        for (SeatLevel level : levels) {
            for (int minute = MODEL.minute(level.range().start()); minute < MODEL.minute(level.range().end()); minute++) {
                assertEquals(capacity - used[minute], level.freeSeats(), "free seats at minute " + minute);
            }
        }
    }

    @Property
    void maxUsedIsThePeakOfTheModel(@ForAll("windows") TimeRange range, @ForAll("uses") List<SeatUse> uses) {
        int[] used = MODEL.usedSeats(TimelineArbitraries.HORIZON_MINUTES, uses);
        int peak = 0;
        for (int minute = MODEL.minute(range.start()); minute < MODEL.minute(range.end()); minute++) {
            peak = Math.max(peak, used[minute]);
        }
        assertEquals(peak, SeatTimeline.maxUsed(range, uses));
    }

    @Property
    void resultsDoNotDependOnTheOrderOfUses(@ForAll("windows") TimeRange window, @ForAll("uses") List<SeatUse> uses,
                                            @ForAll Random random) {
        List<SeatUse> shuffled = new ArrayList<>(uses);
        Collections.shuffle(shuffled, random);
        assertEquals(SeatTimeline.freeSeats(window, 4, uses), SeatTimeline.freeSeats(window, 4, shuffled));
        assertEquals(SeatTimeline.maxUsed(window, uses), SeatTimeline.maxUsed(window, shuffled));
    }

    @Property
    void freeSeatsNeverGoNegativeWithoutOverBooking(@ForAll @IntRange(min = 1, max = 6) int capacity,
                                                    @ForAll("uses") List<SeatUse> candidates) {
        List<SeatUse> accepted = MODEL.withoutOverBooking(capacity, TimelineArbitraries.HORIZON_MINUTES, candidates);
        SeatTimeline.freeSeats(HORIZON, capacity, accepted)
                .forEach(level -> assertTrue(level.freeSeats() >= 0, () -> "Negative level " + level));
        assertTrue(SeatTimeline.maxUsed(HORIZON, accepted) <= capacity);
    }
}
