package fr.coopconnect.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A venue's agreement template: a stable id whose text lives in immutable versions. */
@Entity
@Table(name = "agreement_template")
public class AgreementTemplate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "venue_id")
    public UUID venueId;

    @Column(name = "current_version_id")
    public UUID currentVersionId;

    @Column(name = "created_at")
    public Instant createdAt;
}
