package fr.coopconnect.agreement;

/** What an agreement lets its member book at the venue. */
public enum AccessType {
    /** Any number of bookings, single or in series. */
    REGULAR,
    /** Single bookings only, at most the template's maxBookingsPerMonth per calendar month. */
    OCCASIONAL
}
