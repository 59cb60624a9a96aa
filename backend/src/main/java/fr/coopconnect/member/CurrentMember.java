package fr.coopconnect.member;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/** Who is calling: the member id in the token's subject, and its roles. */
@RequestScoped
public class CurrentMember {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public UUID id() {
        if (identity.isAnonymous() || token.getSubject() == null) {
            throw new UnauthorizedException();
        }
        try {
            return UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException foreignSubject) {
            throw new UnauthorizedException();
        }
    }

    public boolean isNetworkAdmin() {
        return identity.hasRole(Roles.NETWORK_ADMIN);
    }
}
