package fr.coopconnect.booking;

import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * Bookings a community event holds for its space. They change only through their event (edit, cancel), never on
 * their own: cancelling one directly, releasing it as a no-show or cancelling it with its author's account would
 * leave the event scheduled in a room nobody holds any more.
 */
final class EventBookings {

    /** SQL condition: the booking aliased {@code b} holds no event (answered by the unique index on booking_id). */
    static final String NOT_HELD_BY_AN_EVENT = "NOT EXISTS (SELECT 1 FROM community_event e WHERE e.booking_id = b.id)";

    private EventBookings() {
    }

    static boolean holdsAnEvent(EntityManager em, UUID bookingId) {
        return !em.createNativeQuery("SELECT 1 FROM community_event WHERE booking_id = ?1")
                .setParameter(1, bookingId).getResultList().isEmpty();
    }
}
