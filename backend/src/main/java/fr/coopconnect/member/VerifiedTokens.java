package fr.coopconnect.member;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser of every request, verifying each token once: parsing and checking a token's RS256
 * signature and claims was a tenth of the CPU of a booking (bench/README.md). Revocation is not cached:
 * {@link TokenRevocation} still asks PostgreSQL at every request, so disabling a member or signing out everywhere
 * takes effect at the next one.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    private final TokenCache cache = new TokenCache(() -> System.currentTimeMillis() / 1000);

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return cache.verified(token, verified -> new VersionedToken(super.parse(verified)));
    }
}
