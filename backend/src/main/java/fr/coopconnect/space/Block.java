package fr.coopconnect.space;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Time a venue keeps a space for its own use; the public sees it only as busy. */
@Entity
@Table(name = "block")
public class Block extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "space_id")
    public UUID spaceId;

    @Column(name = "starts_at")
    public Instant start;

    @Column(name = "ends_at")
    public Instant end;

    public String reason;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
