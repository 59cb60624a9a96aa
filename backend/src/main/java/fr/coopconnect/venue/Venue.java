package fr.coopconnect.venue;

import fr.coopconnect.timeline.WeeklyInterval;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "venue")
public class Venue extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public VenueKind kind;

    public String description;

    public String address;

    @Column(name = "postal_code")
    public String postalCode;

    public String commune;

    @Column(name = "insee_code")
    public String inseeCode;

    public double latitude;

    public double longitude;

    public String timezone;

    @Column(name = "contact_email")
    public String contactEmail;

    public String phone;

    public String website;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] amenities = new String[0];

    @Column(name = "access_rules")
    public String accessRules;

    @Enumerated(EnumType.STRING)
    @Column(name = "connectivity_type")
    public ConnectivityType connectivityType;

    @Column(name = "down_mbps")
    public Integer downMbps;

    @Column(name = "up_mbps")
    public Integer upMbps;

    /** Opening hours in local wall-clock time of {@link #timezone}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "weekly_hours")
    public List<WeeklyInterval> weeklyHours = new ArrayList<>();

    @Column(name = "public_holidays_open")
    public boolean publicHolidaysOpen;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The SIRET that identifies the venue in open data; null until the venue gives it. */
    public String pivot;

    /** A presentation of at most 280 characters, the open-data schema's {@code presentation_resume}. */
    public String summary;

    /** Names of {@link MediationService}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mediation_services")
    public String[] mediationServices = new String[0];

    /** Last change of the venue or of its hours: the open-data {@code date_maj}. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
