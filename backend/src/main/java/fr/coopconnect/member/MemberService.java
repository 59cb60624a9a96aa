package fr.coopconnect.member;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.venue.VenueManagers;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Accounts: registration, sign-in, profile, and what a member may do. */
@ApplicationScoped
public class MemberService {

    /** The "ver" claim: a token is valid only while it equals the member's token_version. */
    public static final String TOKEN_VERSION_CLAIM = "ver";
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    VenueManagers venueManagers;

    @Inject
    LoginAttempts loginAttempts;

    @Inject
    CurrentMember current;

    @Inject
    Event<MemberEvents.Disabled> disabledEvents;

    @Inject
    Event<MemberEvents.Erasing> erasingEvents;

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
        member.status = MemberStatus.OTHER;
        member.networkAdmin = networkAdmin;
        member.createdAt = clock.instant();
        member.persist();
        return member;
    }

    /**
     * Signs a token for valid credentials; a wrong email or password gets the same answer. After too many
     * failures for one email, every attempt is a 429 until the window has passed, whatever the password.
     * The failure is recorded even though the answer is an error, hence no rollback for ProblemException.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public AuthRequests.AccessToken issueToken(AuthRequests.Credentials credentials) {
        Member member = authenticate(credentials.email(), credentials.password());
        if (member.mustChangePassword) {
            throw new ProblemException(403, "password-change-required");
        }
        return tokenFor(member);
    }

    /** Chooses a new password with the current or temporary one, and signs in. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public AuthRequests.AccessToken changePassword(AuthRequests.PasswordChange change) {
        Member member = authenticate(change.email(), change.currentPassword());
        member.passwordHash = Passwords.hash(change.newPassword());
        member.mustChangePassword = false;
        return tokenFor(member);
    }

    private Member authenticate(String email, String password) {
        loginAttempts.lock(email);
        LoginThrottle throttle = loginAttempts.throttle();
        throttle.waitBefore(loginAttempts.recentFailures(email), clock.instant()).ifPresent(wait -> {
            long seconds = LoginThrottle.retryAfterSeconds(wait);
            throw new ProblemException(429, "login-throttled", (seconds + 59) / 60).withHeader("Retry-After", seconds);
        });
        Member member = Member.findByEmail(email).orElse(null);
        boolean valid = Passwords.matches(password, member == null ? null : member.passwordHash);
        if (member == null || !valid) {
            loginAttempts.record(email, member == null ? null : member.id, false);
            throw new ProblemException(401, "bad-credentials");
        }
        loginAttempts.record(email, member.id, true);
        if (member.isDisabled()) {
            throw new ProblemException(403, "account-disabled");
        }
        return member;
    }

    private AuthRequests.AccessToken tokenFor(Member member) {
        String token = Jwt.issuer(issuer)
                .subject(member.id.toString())
                .upn(member.email)
                .groups(Set.copyOf(rolesOf(member)))
                .claim(TOKEN_VERSION_CLAIM, member.tokenVersion)
                .issuedAt(clock.instant())
                .expiresIn(tokenLifetime)
                .sign();
        return new AuthRequests.AccessToken(token, "Bearer", tokenLifetime.toSeconds());
    }

    /** Replaces the caller's profile; a new email or password needs the current password (400 without, 403 wrong). */
    @Transactional
    public Member updateProfile(AuthRequests.ProfileUpdate update) {
        Member member = require(current.id());
        String email = update.email().trim();
        boolean emailChanges = !email.equals(member.email);
        if (emailChanges || update.newPassword() != null) {
            requirePassword(member, update.currentPassword());
        }
        if (emailChanges && Member.findByEmail(email).filter(other -> !other.id.equals(member.id)).isPresent()) {
            throw new ProblemException(409, "email-taken");
        }
        Instant now = clock.instant();
        member.email = email;
        member.displayName = update.displayName().trim();
        member.phone = blankToNull(update.phone());
        member.commune = blankToNull(update.commune());
        member.activity = blankToNull(update.activity());
        member.status = update.status();
        member.directoryConsentAt = consent(member.directoryConsentAt, update.directoryConsent(), now);
        member.newsConsentAt = consent(member.newsConsentAt, update.newsConsent(), now);
        if (update.newPassword() != null) {
            member.passwordHash = Passwords.hash(update.newPassword());
        }
        return member;
    }

    /** Erases the caller's account: features drop or anonymise their data, then the member row goes. */
    @Transactional
    public void erase(String currentPassword) {
        Member member = require(current.id());
        requirePassword(member, currentPassword);
        erasingEvents.fire(new MemberEvents.Erasing(member.id, clock.instant()));
        loginAttempts.forget(member.id, member.email);
        member.delete();
    }

    /** Network-admin: the member's tokens stop working at once and their future bookings are cancelled. */
    @Transactional
    public Member disable(UUID memberId, String reason) {
        Member member = require(memberId);
        if (member.id.equals(current.id())) {
            throw new ProblemException(409, "cannot-disable-self");
        }
        Instant now = clock.instant();
        if (!member.isDisabled()) {
            member.disabledAt = now;
        }
        member.disabledReason = reason.trim();
        member.tokenVersion++;
        disabledEvents.fire(new MemberEvents.Disabled(member.id, member.disabledReason, now));
        return member;
    }

    @Transactional
    public Member enable(UUID memberId) {
        Member member = require(memberId);
        member.disabledAt = null;
        member.disabledReason = null;
        return member;
    }

    /**
     * Network-admin: replaces the password with a one-time one and revokes every token. The temporary
     * password cannot sign in ({@code POST /auth/token} answers 403 password-change-required); it only
     * serves {@code POST /auth/password} to choose a new one.
     */
    @Transactional
    public String resetPassword(UUID memberId) {
        Member member = require(memberId);
        String temporary = temporaryPassword();
        member.passwordHash = Passwords.hash(temporary);
        member.mustChangePassword = true;
        member.tokenVersion++;
        return temporary;
    }

    public MemberView view(Member member) {
        return new MemberView(member.id, member.email, member.displayName, member.phone, member.commune, member.activity,
                member.status, member.directoryConsentAt != null, member.newsConsentAt != null, rolesOf(member),
                venueManagers.venuesManagedBy(member.id), member.createdAt);
    }

    public Member require(UUID memberId) {
        Member member = Member.findById(memberId);
        if (member == null) {
            throw ProblemException.notFound("entity.member");
        }
        return member;
    }

    private static void requirePassword(Member member, String password) {
        if (password == null || password.isEmpty()) {
            throw ProblemException.badRequest("currentPassword", "field.current-password-required");
        }
        if (!Passwords.matches(password, member.passwordHash)) {
            throw new ProblemException(403, "wrong-password");
        }
    }

    private static Instant consent(Instant given, boolean wanted, Instant now) {
        return wanted ? Objects.requireNonNullElse(given, now) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
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
