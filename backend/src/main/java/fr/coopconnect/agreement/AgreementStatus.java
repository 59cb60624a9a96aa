package fr.coopconnect.agreement;

/** PENDING until a manager decides; ACTIVE from approval for validityDays, then EXPIRED (computed, never stored). */
public enum AgreementStatus {
    PENDING, ACTIVE, EXPIRED, REJECTED, TERMINATED
}
