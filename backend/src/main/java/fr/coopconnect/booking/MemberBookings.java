package fr.coopconnect.booking;

import fr.coopconnect.member.MemberEvents;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What happens to a member's bookings when the member is disabled or erased, and the retention job:
 * a past booking stays as anonymous occupancy (space, times, seats) without its member or note.
 */
@ApplicationScoped
public class MemberBookings {

    private static final Logger LOG = Logger.getLogger(MemberBookings.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "coopconnect.personal-data.booking-retention", defaultValue = "P24M")
    Period retention;

    void onDisabled(@Observes MemberEvents.Disabled disabled) {
        cancelFuture(disabled.memberId(), disabled.reason(), disabled.at());
    }

    void onErasing(@Observes MemberEvents.Erasing erasing) {
        cancelFuture(erasing.memberId(), null, erasing.at());
        em.createNativeQuery("UPDATE booking SET member_id = NULL, note = NULL WHERE member_id = ?1")
                .setParameter(1, erasing.memberId()).executeUpdate();
    }

    /**
     * Cancels the member's live bookings that have not started; the reason goes to status_reason when given. The
     * bookings of events the member created as a manager stay: they are the venue's, and go only with their event.
     */
    private void cancelFuture(UUID memberId, String reason, Instant now) {
        var update = em.createNativeQuery("UPDATE booking b SET status = 'CANCELLED', updated_at = :now"
                        + (reason != null ? ", status_reason = :reason" : "")
                        + " WHERE member_id = :member AND starts_at > :now AND status IN ('PENDING', 'CONFIRMED')"
                        + " AND " + EventBookings.NOT_HELD_BY_AN_EVENT)
                .setParameter("member", memberId).setParameter("now", now);
        if (reason != null) {
            update.setParameter("reason", reason);
        }
        update.executeUpdate();
    }

    /** Anonymises bookings that ended more than the retention ago. Idempotent, so every replica may run it. */
    @Scheduled(cron = "0 17 3 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void anonymiseOldBookings() {
        int count = anonymiseEndedBefore(clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant());
        if (count > 0) {
            LOG.infof("Anonymised %d bookings older than %s", count, retention);
        }
    }

    /** Removes member and note from bookings that ended before {@code cutoff}; returns how many. */
    @Transactional
    public int anonymiseEndedBefore(Instant cutoff) {
        return em.createNativeQuery("""
                UPDATE booking SET member_id = NULL, note = NULL
                WHERE ends_at < ?1 AND (member_id IS NOT NULL OR note IS NOT NULL)""")
                .setParameter(1, cutoff).executeUpdate();
    }
}
