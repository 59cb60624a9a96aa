package fr.coopconnect.agreement;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The booking gate: when a venue has an active template required for booking, booking there needs an
 * ACTIVE agreement covering the booking's date. Call it inside the booking's transaction.
 */
@ApplicationScoped
public class AgreementGate {

    /**
     * The title and access type of the templates required for booking, from {@code t} (the template) and {@code v} (its
     * current version): active and required. More conditions follow with AND. The space catalogue reads the same.
     */
    public static final String REQUIRED_TEMPLATES = "v.title, v.access_type FROM agreement_template t"
            + " JOIN agreement_template_version v ON v.id = t.current_version_id WHERE v.active AND v.required_for_booking";

    @Inject
    EntityManager em;

    /**
     * 422 agreement-required (naming the template to request) or agreement-monthly-limit, or returns.
     *
     * @param required the templates booking at the venue requires: {@link #requiredAt} or the space catalogue's copy
     * @param start    the booking's start: the agreement must be ACTIVE at that instant
     * @param needed   {@link AccessType#OCCASIONAL} for a single booking (a REGULAR agreement covers it too;
     *                 an OCCASIONAL one up to its monthly limit), {@link AccessType#REGULAR} for a booking series
     */
    public void requireFor(List<AgreementRules.Required> required, UUID venueId, UUID memberId, Instant start,
                           AccessType needed) {
        if (required.isEmpty()) {
            return;
        }
        List<AgreementRules.Covering> covering = covering(venueId, memberId, start);
        long inMonth = 0;
        if (needed == AccessType.OCCASIONAL && covering.stream().noneMatch(c -> c.accessType() == AccessType.REGULAR)
                && !covering.isEmpty()) {
            // Counted under a lock per member and venue, so two concurrent bookings cannot both take the last one.
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked")
                    .setParameter(1, "agreement-gate:" + memberId + ":" + venueId).getSingleResult();
            inMonth = bookingsInMonth(venueId, memberId, start);
        }
        AgreementRules.Verdict verdict = AgreementRules.check(required, covering, needed, inMonth);
        switch (verdict.outcome()) {
            case ALLOWED -> {
            }
            case AGREEMENT_REQUIRED -> throw new ProblemException(422, "agreement-required", verdict.template());
            case MONTHLY_LIMIT_REACHED -> throw new ProblemException(422, "agreement-monthly-limit", verdict.limit());
        }
    }

    /**
     * The templates booking at the venue requires, read in the caller's transaction (a member's booking takes them from
     * the space catalogue instead). Nearly always empty: plain JDBC, which costs a fraction of a Hibernate native query
     * (no result-set metadata lookups, no flush check).
     */
    public List<AgreementRules.Required> requiredAt(UUID venueId) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + REQUIRED_TEMPLATES + " AND t.venue_id = ?")) {
                ps.setObject(1, venueId);
                List<AgreementRules.Required> required = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        required.add(required(rs, 1));
                    }
                }
                return required;
            }
        });
    }

    /** A row of {@link #REQUIRED_TEMPLATES}, its title in {@code column}, its access type in the next. */
    public static AgreementRules.Required required(ResultSet rs, int column) throws SQLException {
        return new AgreementRules.Required(rs.getString(column), AccessType.valueOf(rs.getString(column + 1)));
    }

    @SuppressWarnings("unchecked")
    private List<AgreementRules.Covering> covering(UUID venueId, UUID memberId, Instant start) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.access_type, v.max_bookings_per_month FROM agreement a
                JOIN agreement_template_version v ON v.id = a.template_version_id
                WHERE a.venue_id = ?1 AND a.member_id = ?2 AND a.status = 'ACTIVE'
                  AND a.valid_from <= ?3 AND a.valid_until > ?3""")
                .setParameter(1, venueId).setParameter(2, memberId).setParameter(3, start).getResultList();
        return rows.stream().map(r -> new AgreementRules.Covering(AccessType.valueOf((String) r[0]),
                r[1] == null ? null : ((Number) r[1]).intValue())).toList();
    }

    /** The member's live bookings at the venue in the calendar month (venue's zone) of {@code start}. */
    private long bookingsInMonth(UUID venueId, UUID memberId, Instant start) {
        Venue venue = Venue.findById(venueId);
        ZoneId zone = VenueService.zoneOf(venue);
        ZonedDateTime monthStart = start.atZone(zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
        Instant from = monthStart.toInstant();
        Instant to = monthStart.toLocalDate().plusMonths(1).atStartOfDay(zone).toInstant();
        Number count = (Number) em.createNativeQuery("""
                SELECT count(*) FROM booking WHERE venue_id = ?1 AND member_id = ?2
                  AND status IN ('PENDING', 'CONFIRMED') AND starts_at >= ?3 AND starts_at < ?4""")
                .setParameter(1, venueId).setParameter(2, memberId).setParameter(3, from).setParameter(4, to)
                .getSingleResult();
        return count.longValue();
    }
}
