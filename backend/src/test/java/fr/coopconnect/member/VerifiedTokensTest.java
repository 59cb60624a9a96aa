package fr.coopconnect.member;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The verified-token cache: what it may reuse and what it must check again. */
class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final CountingVerifier verifier = new CountingVerifier();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, now::get);

    @Test
    void theSameTokenIsVerifiedOnceWhileItIsValid() throws Exception {
        JsonWebToken first = tokens.parse("good.1100");
        now.set(1_099);
        assertSame(first, tokens.parse("good.1100"));
        assertEquals(List.of("good.1100"), verifier.calls);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndItsRefusalPropagates() throws Exception {
        tokens.parse("good.1100");
        now.set(1_100);
        verifier.refuseAll = true;
        assertThrows(ParseException.class, () -> tokens.parse("good.1100"));
        assertEquals(List.of("good.1100", "good.1100"), verifier.calls);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        assertThrows(ParseException.class, () -> tokens.parse("bad.1100"));
        assertThrows(ParseException.class, () -> tokens.parse("bad.1100"));
        assertEquals(List.of("bad.1100", "bad.1100"), verifier.calls);
    }

    @Test
    void anotherStringOfTheSameTokenIsCheckedOnItsOwn() throws Exception {
        tokens.parse("good.1100");
        assertThrows(ParseException.class, () -> tokens.parse("good.1100.tampered"));
        assertEquals(List.of("good.1100", "good.1100.tampered"), verifier.calls);
    }

    @Test
    void theCacheIsBounded() throws Exception {
        tokens.parse("good.1100");
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS; i++) {
            tokens.parse("good.1100." + i + ".x");
        }
        verifier.calls.clear();
        tokens.parse("good.1100");
        assertEquals(List.of("good.1100"), verifier.calls, "the first token was dropped when the cache filled up");
    }

    /** Accepts "good.EXP" (expiring at EXP seconds) and refuses anything else, recording each call. */
    private static final class CountingVerifier implements JWTParser {
        final List<String> calls = new ArrayList<>();
        boolean refuseAll;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.add(token);
            String[] parts = token.split("\\.");
            if (refuseAll || !parts[0].equals("good") || (parts.length > 2 && !parts[parts.length - 1].equals("x"))) {
                throw new ParseException("refused");
            }
            return new Token(Long.parseLong(parts[1]));
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken parseOnly(String token) {
            throw new UnsupportedOperationException();
        }
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
