package fr.coopconnect.booking;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Releases bookings nobody checked in: a confirmed booking of a space with a check-in grace, not checked in that long
 * after its start, becomes NO_SHOW, which is not live, so whatever is left of its time is free again. Whether it has
 * ended or not: a booking missed while no replica ran the job, or whose grace is at least its length, is marked too.
 * Only bookings that started within {@link #LOOKBACK} and after the space switched check-in on are looked at, so the
 * UPDATE stays a short index range scan and history from before the rule is never rewritten. An event's booking is
 * exempt: it is the venue's own, with no single attendee to check in.
 * One set-based UPDATE: with several replicas running it at once, PostgreSQL's row locks let the first one change a
 * row and the others find it no longer CONFIRMED, so each booking is released once and nothing is lost.
 */
@ApplicationScoped
public class NoShowRelease {

    private static final Logger LOG = Logger.getLogger(NoShowRelease.class);

    /** How far back the release looks: bookings that started longer ago stay as they are. */
    public static final Duration LOOKBACK = Duration.ofDays(7);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(every = "1m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        int released = release();
        if (released > 0) {
            LOG.infof("Released %d bookings not checked in (NO_SHOW)", released);
        }
    }

    /** Releases what is due at the clock's now; returns how many bookings became NO_SHOW. */
    @Transactional
    public int release() {
        Instant now = clock.instant();
        return em.createNativeQuery("""
                UPDATE booking b SET status = 'NO_SHOW', updated_at = ?1
                FROM space s
                WHERE s.id = b.space_id AND s.check_in_grace_minutes IS NOT NULL
                  AND b.status = 'CONFIRMED' AND b.checked_in_at IS NULL
                  AND b.starts_at >= ?2 AND b.starts_at >= s.check_in_since
                  AND b.starts_at < CAST(?1 AS timestamptz) - make_interval(mins => s.check_in_grace_minutes)
                  AND %s""".formatted(EventBookings.NOT_HELD_BY_AN_EVENT))
                .setParameter(1, now)
                .setParameter(2, now.minus(LOOKBACK))
                .executeUpdate();
    }
}
