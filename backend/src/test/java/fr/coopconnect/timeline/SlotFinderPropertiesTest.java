package fr.coopconnect.timeline;

import static fr.coopconnect.timeline.Times.PARIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Slot searches in Paris over days that include the DST changes, checked against minute-by-minute scans. */
class SlotFinderPropertiesTest {

    record Scenario(MinuteModel model, TimeRanges bookable, List<SeatUse> uses, int capacity, int seatsWanted,
                    Duration minDuration, int slotMinutes) {

        List<Slot> exclusiveSlots() {
            return SlotFinder.exclusive(bookable, minDuration, slotMinutes, PARIS);
        }

        List<Slot> sharedSlots() {
            return SlotFinder.shared(bookable, capacity, uses, seatsWanted, minDuration, slotMinutes, PARIS);
        }

        boolean isAligned(Instant instant) {
            LocalTime local = instant.atZone(PARIS).toLocalTime();
            return local.getNano() == 0 && local.toSecondOfDay() % (slotMinutes * 60) == 0;
        }

        /** The alignment rule restated naively: scan minute by minute for the first and last aligned instants. */
        Optional<TimeRange> alignByScanning(TimeRange range) {
            int from = model.minute(range.start());
            int to = model.minute(range.end());
            int start = from;
            while (start <= to && !isAligned(model.instant(start))) {
                start++;
            }
            int end = to;
            while (end >= from && !isAligned(model.instant(end))) {
                end--;
            }
            boolean longEnough = start < end && Duration.ofMinutes(end - start).compareTo(minDuration) >= 0;
            return longEnough ? Optional.of(model.range(start, end)) : Optional.empty();
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return TimelineArbitraries.origins().flatMap(origin -> {
            MinuteModel model = new MinuteModel(origin);
            return Combinators.combine(
                    TimelineArbitraries.rangeSets(model),
                    TimelineArbitraries.seatUses(model, 4),
                    Arbitraries.integers().between(1, 6),
                    Arbitraries.integers().between(1, 7),
                    Arbitraries.integers().between(0, 240).map(Duration::ofMinutes),
                    Arbitraries.of(15, 30, 60, 45, 150))
                    .as((bookable, uses, capacity, seatsWanted, minDuration, slotMinutes) ->
                            new Scenario(model, bookable, uses, capacity, seatsWanted, minDuration, slotMinutes));
        });
    }

    @Property
    void everySlotIsAlignedLongEnoughAndBookable(@ForAll("scenarios") Scenario scenario) {
        List<TimeRange> exclusiveRanges = scenario.exclusiveSlots().stream().map(Slot::range).toList();
        List<Slot> sharedPieces = scenario.sharedSlots();
        List<TimeRange> runs = new ArrayList<>(exclusiveRanges);
        runs.addAll(contiguousRuns(sharedPieces));
        for (TimeRange run : runs) {
            assertTrue(scenario.isAligned(run.start()) && scenario.isAligned(run.end()), () -> "Not aligned: " + run);
            assertTrue(run.duration().compareTo(scenario.minDuration()) >= 0, () -> "Too short: " + run);
            assertTrue(scenario.bookable().covers(run), () -> "Not bookable: " + run);
        }
        sharedPieces.forEach(piece -> assertTrue(piece.freeSeats() >= scenario.seatsWanted(), () -> "Too few seats: " + piece));
    }

    @Property
    void exclusiveSlotsAreTheBookableRangesShrunkToTheGrid(@ForAll("scenarios") Scenario scenario) {
        List<Slot> expected = new ArrayList<>();
        for (TimeRange range : scenario.bookable().ranges()) {
            scenario.alignByScanning(range).ifPresent(aligned -> expected.add(new Slot(aligned, 1)));
        }
        assertEquals(expected, scenario.exclusiveSlots());
    }

    @Property
    void sharedSlotsAreTheAlignedRunsWithEnoughSeatsSplitWhereCountsChange(@ForAll("scenarios") Scenario scenario) {
        MinuteModel model = scenario.model();
        int[] used = model.usedSeats(TimelineArbitraries.HORIZON_MINUTES, scenario.uses());
        BitSet enoughSeats = model.bits(scenario.bookable());
        for (int minute = enoughSeats.nextSetBit(0); minute >= 0; minute = enoughSeats.nextSetBit(minute + 1)) {
            if (scenario.capacity() - used[minute] < scenario.seatsWanted()) {
                enoughSeats.clear(minute);
            }
        }
        List<TimeRange> expectedRuns = new ArrayList<>();
        for (TimeRange run : model.ranges(enoughSeats).ranges()) {
            scenario.alignByScanning(run).ifPresent(expectedRuns::add);
        }

        List<Slot> pieces = scenario.sharedSlots();
        assertEquals(expectedRuns, contiguousRuns(pieces));
        for (int i = 0; i < pieces.size(); i++) {
            Slot piece = pieces.get(i);
            for (int minute = model.minute(piece.range().start()); minute < model.minute(piece.range().end()); minute++) {
                assertEquals(scenario.capacity() - used[minute], piece.freeSeats(), "free seats at minute " + minute);
            }
            if (i > 0 && pieces.get(i - 1).range().end().equals(piece.range().start())) {
                assertNotEquals(pieces.get(i - 1).freeSeats(), piece.freeSeats(), "neighbour pieces should differ");
            }
        }
    }

    /** Glues back-to-back pieces into the runs a client sees. */
    private static List<TimeRange> contiguousRuns(List<Slot> pieces) {
        List<TimeRange> runs = new ArrayList<>();
        for (Slot piece : pieces) {
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).end().equals(piece.range().start())) {
                runs.set(last, new TimeRange(runs.get(last).start(), piece.range().end()));
            } else {
                runs.add(piece.range());
            }
        }
        return runs;
    }
}
