package fr.coopconnect.community;

/** Seat arithmetic of an event, with no framework: who gets a seat, how many the waiting list may take. */
public final class EventSeats {

    private EventSeats() {
    }

    /** A newcomer gets a seat while one is free, otherwise joins the waiting list. */
    public static RegistrationStatus onArrival(int capacity, long registered) {
        return registered < capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
    }

    /** How many waiting members may be promoted now; never negative. */
    public static int promotable(int capacity, long registered, long waiting) {
        return (int) Math.max(0, Math.min(capacity - registered, waiting));
    }

    /** A capacity is acceptable when it keeps every seat already given: nobody registered is ever bumped. */
    public static boolean keepsRegistered(int capacity, long registered) {
        return capacity >= registered;
    }
}
