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

/** A thematic meetup (rencontre thématique) at a venue; it holds the booking of its space for its time. */
@Entity
@Table(name = "community_event")
public class CommunityEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "venue_id")
    public UUID venueId;

    @Column(name = "space_id")
    public UUID spaceId;

    @Column(name = "booking_id")
    public UUID bookingId;

    public String title;

    public String description;

    @Column(name = "starts_at")
    public Instant start;

    @Column(name = "ends_at")
    public Instant end;

    public int capacity;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    /** The place the next registration gets in the order of arrival; only changed under the event's row lock. */
    @Column(name = "next_position")
    public int nextPosition;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
