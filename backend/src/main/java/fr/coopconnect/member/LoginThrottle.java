package fr.coopconnect.member;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Brute-force rule, pure: after {@code limit} failed sign-ins for one email within {@code window},
 * every further attempt waits until the oldest of those failures leaves the window.
 */
public record LoginThrottle(int limit, Duration window) {

    public LoginThrottle {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit >= 1 and a positive window expected");
        }
    }

    /**
     * @param recentFailures failures for the email since its last success, newest first
     * @return how long to wait, or empty when an attempt is allowed now
     */
    public Optional<Duration> waitBefore(List<Instant> recentFailures, Instant now) {
        Instant windowStart = now.minus(window);
        List<Instant> inWindow = recentFailures.stream().filter(at -> at.isAfter(windowStart)).toList();
        if (inWindow.size() < limit) {
            return Optional.empty();
        }
        Instant oldestCounted = inWindow.get(limit - 1);
        Duration wait = Duration.between(now, oldestCounted.plus(window));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    /** Whole seconds for a Retry-After header, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
