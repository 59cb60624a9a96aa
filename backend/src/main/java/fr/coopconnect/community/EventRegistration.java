package fr.coopconnect.community;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "event_registration")
public class EventRegistration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    /** Order of arrival at the event: the waiting list is promoted in this order. */
    public int position;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
