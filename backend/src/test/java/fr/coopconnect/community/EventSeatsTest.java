package fr.coopconnect.community;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSeatsTest {

    @Test
    void aNewcomerGetsASeatWhileOneIsFree() {
        assertEquals(RegistrationStatus.REGISTERED, EventSeats.onArrival(5, 0));
        assertEquals(RegistrationStatus.REGISTERED, EventSeats.onArrival(5, 4));
        assertEquals(RegistrationStatus.WAITLISTED, EventSeats.onArrival(5, 5));
        assertEquals(RegistrationStatus.WAITLISTED, EventSeats.onArrival(5, 7));
    }

    @Test
    void promotesNoMoreThanTheFreeSeatsNorTheWaitingMembers() {
        assertEquals(1, EventSeats.promotable(5, 4, 10));
        assertEquals(2, EventSeats.promotable(10, 4, 2));
        assertEquals(0, EventSeats.promotable(5, 5, 10));
        assertEquals(0, EventSeats.promotable(5, 7, 10));
        assertEquals(0, EventSeats.promotable(5, 0, 0));
    }

    @Test
    void aCapacityKeepsEverySeatAlreadyGiven() {
        assertTrue(EventSeats.keepsRegistered(5, 5));
        assertTrue(EventSeats.keepsRegistered(6, 5));
        assertFalse(EventSeats.keepsRegistered(4, 5));
    }

    @Property
    void arrivalsThenPromotionsNeverExceedTheCapacity(@ForAll @IntRange(min = 1, max = 50) int capacity,
                                                       @ForAll @IntRange(min = 0, max = 100) int arrivals,
                                                       @ForAll @IntRange(min = 0, max = 100) int withdrawals) {
        long registered = 0;
        long waiting = 0;
        for (int i = 0; i < arrivals; i++) {
            if (EventSeats.onArrival(capacity, registered) == RegistrationStatus.REGISTERED) {
                registered++;
            } else {
                waiting++;
            }
        }
        for (int i = 0; i < withdrawals && registered > 0; i++) {
            registered--;
            int promoted = EventSeats.promotable(capacity, registered, waiting);
            registered += promoted;
            waiting -= promoted;
        }
        assertTrue(registered <= capacity);
        assertTrue(waiting == 0 || registered == capacity, "nobody waits while a seat is free");
    }
}
