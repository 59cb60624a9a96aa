package fr.coopconnect.venue;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.member.CurrentMember;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The one place that decides who may change a venue and everything it owns (hours, closures,
 * spaces, blocks, bookings): a network-admin, or a manager of that very venue.
 */
@RequestScoped
public class VenueAccess {

    @Inject
    CurrentMember current;

    @Inject
    VenueManagers managers;

    /** 401 when anonymous, 404 when the venue does not exist, 403 when the caller does not manage it. */
    public void requireManager(UUID venueId) {
        UUID memberId = current.id();
        if (Venue.findById(venueId) == null) {
            throw ProblemException.notFound("entity.venue");
        }
        if (!current.isNetworkAdmin() && !managers.manages(memberId, venueId)) {
            throw new ForbiddenException();
        }
    }

    /** True for a network-admin or a manager of the venue; never throws. */
    public boolean canManage(UUID venueId) {
        return !current.isAnonymous() && (current.isNetworkAdmin() || managers.manages(current.id(), venueId));
    }

    /** The contact directory's readers: 401 when anonymous, 403 unless a network-admin or a manager of some venue. */
    public void requireAnyVenueManager() {
        UUID memberId = current.id();
        if (!current.isNetworkAdmin() && managers.venuesManagedBy(memberId).isEmpty()) {
            throw new ForbiddenException();
        }
    }
}
