package fr.coopconnect.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the real time, unless a test sets "now" to drive time-dependent rules and jobs
 * (check-in windows, the no-show release). A test that sets it resets it in a finally block.
 */
@ApplicationScoped
public class TestClock {

    private static volatile Instant fixed;

    /** Makes the application's clock show this instant until {@link #reset()}. */
    public static void set(Instant now) {
        fixed = now;
    }

    public static void reset() {
        fixed = null;
    }

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return new Movable(ZoneOffset.UTC);
    }

    /** System time, or the instant a test set, seen from a zone. */
    private static final class Movable extends Clock {
        private final ZoneId zone;

        Movable(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Movable(zone);
        }

        @Override
        public Instant instant() {
            Instant now = fixed;
            return now != null ? now : Instant.now();
        }
    }
}
