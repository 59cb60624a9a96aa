package fr.coopconnect.member;

import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * A verified token with its "ver" claim (the member's token_version when it was signed) read once, when it is
 * verified. SmallRye JWT looks each claim name up in the standard {@code Claims} enum, and for a custom name such
 * as "ver" that lookup throws and catches an exception: read on every request, it was 2 % of a booking's CPU.
 * Everything else is the verified token's own.
 */
final class VersionedToken implements JsonWebToken {

    private final JsonWebToken token;
    private final int version;

    VersionedToken(JsonWebToken token) {
        this.token = token;
        this.version = versionClaimOf(token);
    }

    /** The token's "ver" claim, or -1 when it has none (a token of another issuer). */
    int version() {
        return version;
    }

    static int versionClaimOf(JsonWebToken token) {
        Object claim = token.getClaim(MemberService.TOKEN_VERSION_CLAIM);
        if (claim instanceof JsonNumber number) {
            return number.intValue();
        }
        if (claim instanceof Number number) {
            return number.intValue();
        }
        return -1;
    }

    @Override
    public String getName() {
        return token.getName();
    }

    @Override
    public Set<String> getClaimNames() {
        return token.getClaimNames();
    }

    @Override
    public <T> T getClaim(String claimName) {
        return token.getClaim(claimName);
    }

    @Override
    public String toString() {
        return token.toString();
    }
}
