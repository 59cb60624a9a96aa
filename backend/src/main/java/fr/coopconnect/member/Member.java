package fr.coopconnect.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    public UUID id;

    public String email;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "display_name")
    public String displayName;

    public String phone;

    public String commune;

    public String activity;

    @Enumerated(EnumType.STRING)
    public MemberStatus status = MemberStatus.OTHER;

    /** When the member agreed to appear in the contact directory; null while not. */
    @Column(name = "directory_consent_at")
    public Instant directoryConsentAt;

    /** When the member agreed to receive the network's news; null while not. */
    @Column(name = "news_consent_at")
    public Instant newsConsentAt;

    @Column(name = "network_admin")
    public boolean networkAdmin;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    /** Set by a password reset: the temporary password only lets the member choose a new one. */
    @Column(name = "must_change_password")
    public boolean mustChangePassword;

    /** Carried in tokens as the "ver" claim; bumping it revokes every token issued before. */
    @Column(name = "token_version")
    public int tokenVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public static Optional<Member> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }
}
