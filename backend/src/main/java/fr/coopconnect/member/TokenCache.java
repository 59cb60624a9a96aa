package fr.coopconnect.member;

import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Verified tokens by their exact string, each kept until its expiry time: the verdict for the same string never
 * changes, so it is computed once. Any other string — tampered, re-signed, unsigned — is a new key and is verified
 * in full; a refusal is never kept. Bounded: when full, it starts again.
 */
final class TokenCache {

    /** Checks a token in full: signature, issuer, expiry (the smallrye-jwt parser). */
    @FunctionalInterface
    interface Verifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    /** Enough for every member active within a token's lifetime on one replica. */
    static final int MAX_TOKENS = 2_000;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();
    private final LongSupplier epochSeconds;

    TokenCache(LongSupplier epochSeconds) {
        this.epochSeconds = epochSeconds;
    }

    JsonWebToken verified(String token, Verifier verifier) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null && known.getExpirationTime() > epochSeconds.getAsLong()) {
            return known;
        }
        if (known != null) {
            verified.remove(token);
        }
        JsonWebToken checked = verifier.verify(token);
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, checked);
        return checked;
    }
}
