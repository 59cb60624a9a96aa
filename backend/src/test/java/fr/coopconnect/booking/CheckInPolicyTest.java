package fr.coopconnect.booking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckInPolicyTest {

    static final Instant START = Instant.parse("2027-03-29T07:00:00Z");
    static final Instant END = Instant.parse("2027-03-29T09:00:00Z");

    static Optional<CheckInPolicy.Refusal> at(String now) {
        return CheckInPolicy.check(BookingStatus.CONFIRMED, START, END, Instant.parse(now));
    }

    @Test
    void opensAQuarterOfAnHourBeforeTheStartAndClosesAtTheEnd() {
        assertEquals(Optional.of(CheckInPolicy.Refusal.TOO_EARLY), at("2027-03-29T06:44:59Z"));
        assertEquals(Optional.empty(), at("2027-03-29T06:45:00Z"));
        assertEquals(Optional.empty(), at("2027-03-29T07:30:00Z"));
        assertEquals(Optional.empty(), at("2027-03-29T08:59:59Z"));
        assertEquals(Optional.of(CheckInPolicy.Refusal.ENDED), at("2027-03-29T09:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(value = BookingStatus.class, names = "CONFIRMED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAConfirmedBookingCanBeCheckedIn(BookingStatus status) {
        assertEquals(Optional.of(CheckInPolicy.Refusal.NOT_CONFIRMED),
                CheckInPolicy.check(status, START, END, Instant.parse("2027-03-29T07:30:00Z")));
    }

    @Test
    void refusalsAreAConflictForTheStatusAndBrokenRulesForTheTime() {
        assertEquals(409, CheckInPolicy.Refusal.NOT_CONFIRMED.status);
        assertEquals(422, CheckInPolicy.Refusal.TOO_EARLY.status);
        assertEquals(422, CheckInPolicy.Refusal.ENDED.status);
    }

    @Test
    void noShowIsNotLive() {
        assertEquals(false, BookingStatus.NO_SHOW.isLive());
    }
}
