package fr.coopconnect.member;

import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The verified-token cache: what it may reuse and what it must check again. */
class TokenCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TokenCache cache = new TokenCache(now::get);
    private final List<String> verified = new ArrayList<>();
    private boolean refuseAll;

    /** Accepts "good.EXP" (expiring at EXP seconds, with an optional ".N" suffix) and refuses anything else. */
    private JsonWebToken verify(String token) throws ParseException {
        verified.add(token);
        String[] parts = token.split("\\.");
        if (refuseAll || !parts[0].equals("good") || parts.length > 3) {
            throw new ParseException("refused");
        }
        return new Token(Long.parseLong(parts[1]));
    }

    private JsonWebToken parse(String token) throws ParseException {
        return cache.verified(token, this::verify);
    }

    @Test
    void theSameTokenIsVerifiedOnceWhileItIsValid() throws Exception {
        JsonWebToken first = parse("good.1100");
        now.set(1_099);
        assertSame(first, parse("good.1100"));
        assertEquals(List.of("good.1100"), verified);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndItsRefusalPropagates() throws Exception {
        parse("good.1100");
        now.set(1_100);
        refuseAll = true;
        assertThrows(ParseException.class, () -> parse("good.1100"));
        assertEquals(List.of("good.1100", "good.1100"), verified);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        assertThrows(ParseException.class, () -> parse("bad.1100"));
        assertThrows(ParseException.class, () -> parse("bad.1100"));
        assertEquals(List.of("bad.1100", "bad.1100"), verified);
    }

    @Test
    void anotherStringOfTheSameTokenIsCheckedOnItsOwn() throws Exception {
        parse("good.1100");
        assertThrows(ParseException.class, () -> parse("good.1100.1.tampered"));
        assertEquals(List.of("good.1100", "good.1100.1.tampered"), verified);
    }

    @Test
    void theCacheIsBounded() throws Exception {
        parse("good.1100");
        for (int i = 0; i < TokenCache.MAX_TOKENS; i++) {
            parse("good.1100." + i);
        }
        verified.clear();
        parse("good.1100");
        assertEquals(List.of("good.1100"), verified, "the first token was dropped when the cache filled up");
    }

    private record Token(long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "member";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return "exp".equals(name) ? (T) Long.valueOf(exp) : null;
        }
    }
}
