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

/** One version of a template, never changed once written: what members accept. */
@Entity
@Table(name = "agreement_template_version")
public class TemplateVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "template_id")
    public UUID templateId;

    public int version;

    public String title;

    public String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_type")
    public AccessType accessType;

    @Column(name = "admission_criteria")
    public String admissionCriteria;

    @Column(name = "validity_days")
    public int validityDays;

    @Column(name = "required_for_booking")
    public boolean requiredForBooking;

    @Column(name = "max_bookings_per_month")
    public Integer maxBookingsPerMonth;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;
}
