package fr.coopconnect.member;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The verified token with its "ver" claim read once: the same claims as SmallRye's token, the version beside them. */
class VersionedTokenTest {

    private static JsonWebToken smallRyeToken(Integer version) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("5f0c3a52-8e1f-4c4e-9d0a-2b6f7c1d9e10");
        claims.setIssuer("https://coopconnect.local");
        claims.setClaim("upn", "member@example.fr");
        if (version != null) {
            claims.setClaim(MemberService.TOKEN_VERSION_CLAIM, version);
        }
        return new DefaultJWTCallerPrincipal("JWT", claims);
    }

    @Test
    void readsTheVersionClaimOnceAndKeepsEveryOtherClaim() {
        JsonWebToken verified = smallRyeToken(3);
        VersionedToken token = new VersionedToken(verified);
        assertEquals(3, token.version());
        assertEquals(verified.getSubject(), token.getSubject());
        assertEquals(verified.getIssuer(), token.getIssuer());
        assertEquals(verified.getName(), token.getName());
        assertEquals(verified.getClaimNames(), token.getClaimNames());
        assertEquals(verified.<Object>getClaim(MemberService.TOKEN_VERSION_CLAIM).toString(),
                token.<Object>getClaim(MemberService.TOKEN_VERSION_CLAIM).toString());
    }

    @Test
    void aTokenWithoutVersionHasNone() {
        assertEquals(-1, new VersionedToken(smallRyeToken(null)).version());
    }
}
