package fr.coopconnect.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Whole days on which a venue is closed, both dates included, in the venue's own calendar. */
@Entity
@Table(name = "closure")
public class Closure extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "venue_id")
    public UUID venueId;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;
}
