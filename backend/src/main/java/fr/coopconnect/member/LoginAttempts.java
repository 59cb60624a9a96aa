package fr.coopconnect.member;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sign-in attempts in PostgreSQL (the login_attempt table), so every replica sees the same count:
 * the brute-force throttle and the member's login history.
 */
@ApplicationScoped
public class LoginAttempts {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "coopconnect.login.max-failures", defaultValue = "5")
    int maxFailures;

    @ConfigProperty(name = "coopconnect.login.failure-window", defaultValue = "PT15M")
    Duration failureWindow;

    @ConfigProperty(name = "coopconnect.personal-data.login-history-retention", defaultValue = "P90D")
    Duration historyRetention;

    public record Attempt(Instant at, boolean succeeded) {
    }

    public LoginThrottle throttle() {
        return new LoginThrottle(maxFailures, failureWindow);
    }

    static String keyOf(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Serialises the attempts for one email until the transaction ends, across replicas. */
    void lock(String email) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked")
                .setParameter(1, "login:" + keyOf(email)).getSingleResult();
    }

    /** Failures since the email's last success, within the throttle window, newest first. */
    @SuppressWarnings("unchecked")
    List<Instant> recentFailures(String email) {
        List<Object> rows = em.createNativeQuery("""
                SELECT attempted_at FROM login_attempt
                WHERE email_key = ?1 AND NOT succeeded AND attempted_at > ?2
                  AND attempted_at > coalesce((SELECT max(attempted_at) FROM login_attempt
                                               WHERE email_key = ?1 AND succeeded), '-infinity'::timestamptz)
                ORDER BY attempted_at DESC LIMIT ?3""")
                .setParameter(1, keyOf(email))
                .setParameter(2, clock.instant().minus(failureWindow))
                .setParameter(3, maxFailures)
                .getResultList();
        return rows.stream().map(LoginAttempts::instant).toList();
    }

    void record(String email, UUID memberId, boolean succeeded) {
        // No untyped NULL parameter: PostgreSQL would not take it for a uuid.
        var insert = em.createNativeQuery(memberId == null
                ? "INSERT INTO login_attempt (email_key, succeeded, attempted_at) VALUES (:email, :ok, :at)"
                : "INSERT INTO login_attempt (email_key, member_id, succeeded, attempted_at) VALUES (:email, :member, :ok, :at)")
                .setParameter("email", keyOf(email))
                .setParameter("ok", succeeded)
                .setParameter("at", clock.instant());
        if (memberId != null) {
            insert.setParameter("member", memberId);
        }
        insert.executeUpdate();
    }

    /** The member's sign-in history, newest first (attempts with their email or on their account). */
    @SuppressWarnings("unchecked")
    public List<Attempt> history(UUID memberId, String email) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT attempted_at, succeeded FROM login_attempt WHERE member_id = ?1 OR email_key = ?2
                ORDER BY attempted_at DESC LIMIT 1000""")
                .setParameter(1, memberId).setParameter(2, keyOf(email)).getResultList();
        return rows.stream().map(r -> new Attempt(instant(r[0]), (Boolean) r[1])).toList();
    }

    void forget(UUID memberId, String email) {
        em.createNativeQuery("DELETE FROM login_attempt WHERE member_id = ?1 OR email_key = ?2")
                .setParameter(1, memberId).setParameter(2, keyOf(email)).executeUpdate();
    }

    /** Attempts are personal data: kept for the history's retention only. Idempotent, so every replica may run it. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        em.createNativeQuery("DELETE FROM login_attempt WHERE attempted_at < ?1")
                .setParameter(1, clock.instant().minus(historyRetention)).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
