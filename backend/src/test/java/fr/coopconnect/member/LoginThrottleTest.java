package fr.coopconnect.member;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoginThrottleTest {

    static final Instant NOW = Instant.parse("2027-03-29T09:00:00Z");
    static final LoginThrottle THROTTLE = new LoginThrottle(5, Duration.ofMinutes(15));

    static List<Instant> minutesAgo(int... minutes) {
        return java.util.Arrays.stream(minutes).mapToObj(m -> NOW.minus(Duration.ofMinutes(m))).toList();
    }

    @Test
    void fourFailuresStillAllowAnAttempt() {
        assertEquals(Optional.empty(), THROTTLE.waitBefore(minutesAgo(1, 2, 3, 4), NOW));
    }

    @Test
    void fiveFailuresBlockUntilTheOldestLeavesTheWindow() {
        assertEquals(Optional.of(Duration.ofMinutes(5)), THROTTLE.waitBefore(minutesAgo(1, 2, 3, 4, 10), NOW));
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        assertEquals(Optional.empty(), THROTTLE.waitBefore(minutesAgo(1, 2, 3, 4, 15, 16), NOW));
    }

    @Test
    void moreThanTheLimitWaitsForTheFifthNewest() {
        assertEquals(Optional.of(Duration.ofMinutes(12)), THROTTLE.waitBefore(minutesAgo(0, 1, 2, 3, 3, 9, 14), NOW));
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        assertEquals(1, LoginThrottle.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals(61, LoginThrottle.retryAfterSeconds(Duration.ofMillis(60_001)));
        assertEquals(900, LoginThrottle.retryAfterSeconds(Duration.ofMinutes(15)));
    }

    @Test
    void refusesANonsenseRule() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, Duration.ZERO));
    }
}
