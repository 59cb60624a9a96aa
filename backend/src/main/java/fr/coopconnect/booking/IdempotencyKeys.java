package fr.coopconnect.booking;

import fr.coopconnect.common.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency-Key handling for POST /bookings. The key is claimed by inserting its row in the
 * booking's own transaction: a concurrent retry with the same key waits on that insert, then
 * finds the stored answer. A failed attempt rolls its claim back, so a retry tries again.
 */
@ApplicationScoped
public class IdempotencyKeys {

    static final Duration LIFETIME = Duration.ofHours(24);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Claims the key for this request, or returns the answer already given to the same request. */
    public Optional<String> claimOrReplay(UUID memberId, String key, String requestFingerprint) {
        Instant now = clock.instant();
        String hash = sha256(requestFingerprint);
        em.createNativeQuery("DELETE FROM idempotency_key WHERE member_id = ?1 AND key = ?2 AND created_at < ?3")
                .setParameter(1, memberId).setParameter(2, key).setParameter(3, now.minus(LIFETIME)).executeUpdate();
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (member_id, key, request_hash, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, memberId).setParameter(2, key).setParameter(3, hash).setParameter(4, now).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery("SELECT request_hash, response_body FROM idempotency_key"
                        + " WHERE member_id = ?1 AND key = ?2")
                .setParameter(1, memberId).setParameter(2, key).getResultList();
        if (stored.isEmpty() || stored.get(0)[1] == null) {
            throw new ProblemException(409, "busy");
        }
        if (!hash.equals(stored.get(0)[0])) {
            throw new ProblemException(422, "idempotency-key-reused");
        }
        return Optional.of((String) stored.get(0)[1]);
    }

    public void remember(UUID memberId, String key, String responseBody) {
        em.createNativeQuery("UPDATE idempotency_key SET response_body = ?3 WHERE member_id = ?1 AND key = ?2")
                .setParameter(1, memberId).setParameter(2, key).setParameter(3, responseBody).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "10m")
    @Transactional
    void forgetExpired() {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, clock.instant().minus(LIFETIME)).executeUpdate();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
