package fr.coopconnect.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Private calendar feed tokens. The database keeps only each token's SHA-256 hash, so a copy of
 * it opens no feed. The token itself is an HMAC of its row id under a server key, which lets the
 * owner see it again (GET) on any replica without storing it. The key is
 * {@code coopconnect.calendar.token-key} when set, otherwise derived from the token signing key,
 * which every replica already shares; changing it invalidates every feed URL.
 */
@ApplicationScoped
public class CalendarTokens {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "coopconnect.calendar.token-key")
    Optional<String> configuredKey;

    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    String signingKeyLocation;

    private volatile byte[] key;

    /** The member's live token, created on first use. */
    @Transactional
    public String current(UUID memberId) {
        Optional<UUID> live = liveId(memberId);
        if (live.isPresent()) {
            return tokenOf(live.get());
        }
        UUID id = UUID.randomUUID();
        int created = em.createNativeQuery("INSERT INTO calendar_token (id, member_id, token_hash, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, id).setParameter(2, memberId).setParameter(3, hash(tokenOf(id)))
                .setParameter(4, clock.instant()).executeUpdate();
        // A concurrent first call may have won: its token is the member's token.
        return created == 1 ? tokenOf(id) : tokenOf(liveId(memberId).orElseThrow());
    }

    /** Revokes the live token (its feed URL stops working at once) and issues a new one. */
    @Transactional
    public String rotate(UUID memberId) {
        em.createNativeQuery("UPDATE calendar_token SET revoked_at = ?2 WHERE member_id = ?1 AND revoked_at IS NULL")
                .setParameter(1, memberId).setParameter(2, clock.instant()).executeUpdate();
        return current(memberId);
    }

    /** The member a live token belongs to. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> memberOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<UUID> found = em.createNativeQuery("SELECT member_id FROM calendar_token WHERE token_hash = ?1 AND revoked_at IS NULL")
                .setParameter(1, hash(token)).getResultList();
        return found.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private Optional<UUID> liveId(UUID memberId) {
        List<UUID> found = em.createNativeQuery("SELECT id FROM calendar_token WHERE member_id = ?1 AND revoked_at IS NULL")
                .setParameter(1, memberId).getResultList();
        return found.stream().findFirst();
    }

    private String tokenOf(UUID id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] tag = mac.doFinal(("calendar-feed:" + id).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) {
            byte[] material = configuredKey.filter(k -> !k.isBlank())
                    .map(k -> k.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(this::signingKeyBytes);
            key = sha256(concat("coopconnect-calendar-feed:".getBytes(StandardCharsets.UTF_8), material));
        }
        return key;
    }

    private byte[] signingKeyBytes() {
        try {
            return Files.readAllBytes(Path.of(signingKeyLocation));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key calendar tokens derive from", e);
        }
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
