package fr.coopconnect.space;

/** EXCLUSIVE: one booking takes the whole space. SHARED: each booking takes seats out of the capacity. */
public enum BookingMode {
    EXCLUSIVE, SHARED
}
