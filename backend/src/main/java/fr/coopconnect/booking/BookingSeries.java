package fr.coopconnect.booking;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Regular access: one weekly time slot of a space, booked on every open date of a period. */
@Entity
@Table(name = "booking_series")
public class BookingSeries extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "space_id")
    public UUID spaceId;

    @Column(name = "venue_id")
    public UUID venueId;

    @Column(name = "member_id")
    public UUID memberId;

    /** Day names (MONDAY..SUNDAY), in week order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "days_of_week")
    public String[] daysOfWeek = new String[0];

    /** Local wall-clock time in the venue's time zone. */
    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    @Column(name = "from_date")
    public LocalDate from;

    /** Included. */
    @Column(name = "until_date")
    public LocalDate until;

    public int seats;

    @Enumerated(EnumType.STRING)
    public SeriesStatus status;

    public String note;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
