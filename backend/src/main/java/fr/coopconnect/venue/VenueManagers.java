package fr.coopconnect.venue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** Which members manage which venues (the venue_manager table). */
@ApplicationScoped
public class VenueManagers {

    @Inject
    EntityManager em;

    public boolean manages(UUID memberId, UUID venueId) {
        return !em.createNativeQuery("SELECT 1 FROM venue_manager WHERE member_id = ?1 AND venue_id = ?2")
                .setParameter(1, memberId).setParameter(2, venueId).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    public List<UUID> venuesManagedBy(UUID memberId) {
        return em.createNativeQuery("SELECT venue_id FROM venue_manager WHERE member_id = ?1 ORDER BY venue_id", UUID.class)
                .setParameter(1, memberId).getResultList();
    }

    /** The venue's managers, by name. */
    @SuppressWarnings("unchecked")
    public List<VenueManager> of(UUID venueId) {
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, m.display_name, m.email FROM venue_manager vm "
                        + "JOIN member m ON m.id = vm.member_id WHERE vm.venue_id = ?1 ORDER BY lower(m.display_name), m.id")
                .setParameter(1, venueId).getResultList();
        return rows.stream().map(r -> new VenueManager((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }

    public void add(UUID venueId, UUID memberId) {
        em.createNativeQuery("INSERT INTO venue_manager (venue_id, member_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, venueId).setParameter(2, memberId).executeUpdate();
    }

    void remove(UUID venueId, UUID memberId) {
        em.createNativeQuery("DELETE FROM venue_manager WHERE venue_id = ?1 AND member_id = ?2")
                .setParameter(1, venueId).setParameter(2, memberId).executeUpdate();
    }
}
