package fr.coopconnect.booking;

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
@Table(name = "booking")
public class Booking extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "space_id")
    public UUID spaceId;

    @Column(name = "venue_id")
    public UUID venueId;

    @Column(name = "member_id")
    public UUID memberId;

    /** The booking series it belongs to, or null for a single booking. */
    @Column(name = "series_id")
    public UUID seriesId;

    @Column(name = "starts_at")
    public Instant start;

    @Column(name = "ends_at")
    public Instant end;

    /** End plus the space's buffer: the time an EXCLUSIVE booking keeps from others. */
    @Column(name = "occupied_until")
    public Instant occupiedUntil;

    public int seats;

    public boolean exclusive;

    @Enumerated(EnumType.STRING)
    public BookingStatus status;

    public String note;

    @Column(name = "status_reason")
    public String statusReason;

    /** When its member (or a manager) confirmed the member came; null until then. */
    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
