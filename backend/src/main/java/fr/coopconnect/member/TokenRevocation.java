package fr.coopconnect.member;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Checks on every authenticated request that the token's member still exists, is not disabled and
 * that the token's "ver" claim is the member's current token_version: one primary-key lookup, shared
 * by all replicas through PostgreSQL. Otherwise the request is unauthenticated (401).
 * Tokens of an external OIDC issuer (subject not a member id) are left alone.
 */
@ApplicationScoped
public class TokenRevocation implements SecurityIdentityAugmentor {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        UUID memberId = memberIdOf(token);
        if (memberId == null) {
            return Uni.createFrom().item(identity);
        }
        int version = versionOf(token);
        return context.runBlocking(() -> {
            if (!stillValid(memberId, version)) {
                throw new AuthenticationFailedException("Token revoked");
            }
            return identity;
        });
    }

    private boolean stillValid(UUID memberId, int version) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT 1 FROM member WHERE id = ? AND disabled_at IS NULL AND token_version = ?")) {
            query.setObject(1, memberId);
            query.setInt(2, version);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the token", e);
        }
    }

    private static UUID memberIdOf(JsonWebToken token) {
        try {
            return token.getSubject() == null ? null : UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException foreignSubject) {
            return null;
        }
    }

    private static int versionOf(JsonWebToken token) {
        return token instanceof VersionedToken versioned ? versioned.version() : VersionedToken.versionClaimOf(token);
    }
}
