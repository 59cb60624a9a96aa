package fr.coopconnect.community;

/** A member's place at an event: a seat, the waiting list, or withdrawn (kept so the member's feed shows it cancelled). */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, WITHDRAWN
}
