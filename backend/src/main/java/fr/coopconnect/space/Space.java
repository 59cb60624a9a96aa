package fr.coopconnect.space;

import fr.coopconnect.timeline.WeeklyInterval;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "space")
public class Space extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "venue_id")
    public UUID venueId;

    public String name;

    @Enumerated(EnumType.STRING)
    public SpaceKind kind;

    public int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "booking_mode")
    public BookingMode bookingMode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] equipment = new String[0];

    public String description;

    public boolean active = true;

    @Column(name = "slot_minutes")
    public int slotMinutes;

    @Column(name = "min_minutes")
    public int minMinutes;

    @Column(name = "max_minutes")
    public int maxMinutes;

    @Column(name = "min_notice_minutes")
    public int minNoticeMinutes;

    @Column(name = "max_advance_days")
    public int maxAdvanceDays;

    @Column(name = "buffer_minutes")
    public int bufferMinutes;

    @Column(name = "requires_approval")
    public boolean requiresApproval;

    /** Null when no check-in is asked; see NoShowRelease. */
    @Column(name = "check_in_grace_minutes")
    public Integer checkInGraceMinutes;

    /** When check-in was last switched on (null while off): bookings that started before are never released. */
    @Column(name = "check_in_since")
    public Instant checkInSince;

    /** Null when the space follows its venue's hours. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "own_schedule")
    public List<WeeklyInterval> ownSchedule;

    @Column(name = "hourly_rate")
    public BigDecimal hourlyRate;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean isShared() {
        return bookingMode == BookingMode.SHARED;
    }
}
