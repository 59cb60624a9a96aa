package fr.coopconnect.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(name = "network_admin")
    public boolean networkAdmin;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<Member> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }
}
