package fr.coopconnect.timeline;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random ranges of whole minutes over a few days, shared by the property tests. */
final class TimelineArbitraries {

    /** Three days: long enough to cross midnights and a DST change, short enough for the minute model. */
    static final int HORIZON_MINUTES = 3 * 24 * 60;

    /** Plain days, and the weekends of the 2027 spring-forward and fall-back changes in Paris. */
    static final List<Instant> ORIGINS = List.of(
            Instant.parse("2027-06-14T00:00:00Z"),
            Instant.parse("2027-03-27T00:00:00Z"),
            Instant.parse("2027-10-30T00:00:00Z"));

    private TimelineArbitraries() {
    }

    static Arbitrary<Instant> origins() {
        return Arbitraries.of(ORIGINS);
    }

    /** Mostly short ranges, so that generated sets have gaps, touching and overlapping neighbours. */
    static Arbitrary<TimeRange> ranges(MinuteModel model) {
        Arbitrary<Integer> starts = Arbitraries.integers().between(0, HORIZON_MINUTES - 1);
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 240)),
                Tuple.of(1, Arbitraries.integers().between(1, HORIZON_MINUTES)));
        return Combinators.combine(starts, lengths)
                .as((start, length) -> model.range(start, Math.min(HORIZON_MINUTES, start + length)));
    }

    static Arbitrary<List<TimeRange>> rangeLists(MinuteModel model) {
        return ranges(model).list().ofMaxSize(12);
    }

    static Arbitrary<TimeRanges> rangeSets(MinuteModel model) {
        return rangeLists(model).map(TimeRanges::of);
    }

    static Arbitrary<List<SeatUse>> seatUses(MinuteModel model, int maxSeats) {
        return Combinators.combine(ranges(model), Arbitraries.integers().between(1, maxSeats))
                .as(SeatUse::new)
                .list().ofMaxSize(15);
    }
}
