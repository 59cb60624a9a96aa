package fr.coopconnect.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A member's usage agreement with a venue, bound to the template version they accepted. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "template_version_id")
    public UUID templateVersionId;

    @Column(name = "venue_id")
    public UUID venueId;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_type")
    public AccessType accessType;

    /** As stored: PENDING, ACTIVE, REJECTED or TERMINATED; see {@link AgreementRules#statusOf}. */
    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    public String motivation;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(name = "terminated_at")
    public Instant terminatedAt;

    @Column(name = "terminated_by")
    public UUID terminatedBy;

    @Column(name = "termination_reason")
    public String terminationReason;
}
