package fr.coopconnect.member;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.venue.VenueManagers;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Accounts: registration, sign-in and what a member may do. */
@ApplicationScoped
public class MemberService {

    @Inject
    Clock clock;

    @Inject
    VenueManagers venueManagers;

    @ConfigProperty(name = "coopconnect.jwt.issuer")
    String issuer;

    @ConfigProperty(name = "coopconnect.jwt.lifetime")
    Duration tokenLifetime;

    @Transactional
    public Member register(AuthRequests.Registration registration) {
        return create(registration.email(), registration.password(), registration.displayName(), false);
    }

    @Transactional
    public Member create(String email, String password, String displayName, boolean networkAdmin) {
        if (Member.findByEmail(email).isPresent()) {
            throw new ProblemException(409, "email-taken");
        }
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.email = email.trim();
        member.passwordHash = Passwords.hash(password);
        member.displayName = displayName.trim();
        member.networkAdmin = networkAdmin;
        member.createdAt = clock.instant();
        member.persist();
        return member;
    }

    /** Signs a token for valid credentials; a wrong email or password gets the same answer. */
    public AuthRequests.AccessToken issueToken(AuthRequests.Credentials credentials) {
        Member member = Member.findByEmail(credentials.email()).orElse(null);
        boolean valid = Passwords.matches(credentials.password(), member == null ? null : member.passwordHash);
        if (member == null || !valid) {
            throw new ProblemException(401, "bad-credentials");
        }
        String token = Jwt.issuer(issuer)
                .subject(member.id.toString())
                .upn(member.email)
                .groups(Set.copyOf(rolesOf(member)))
                .issuedAt(clock.instant())
                .expiresIn(tokenLifetime)
                .sign();
        return new AuthRequests.AccessToken(token, "Bearer", tokenLifetime.toSeconds());
    }

    public MemberView view(Member member) {
        return new MemberView(member.id, member.email, member.displayName, rolesOf(member),
                venueManagers.venuesManagedBy(member.id), member.createdAt);
    }

    public Member require(UUID memberId) {
        Member member = Member.findById(memberId);
        if (member == null) {
            throw ProblemException.notFound("entity.member");
        }
        return member;
    }

    private List<String> rolesOf(Member member) {
        List<String> roles = new ArrayList<>(List.of(Roles.MEMBER));
        if (!venueManagers.venuesManagedBy(member.id).isEmpty()) {
            roles.add(Roles.VENUE_MANAGER);
        }
        if (member.networkAdmin) {
            roles.add(Roles.NETWORK_ADMIN);
        }
        return roles;
    }
}
