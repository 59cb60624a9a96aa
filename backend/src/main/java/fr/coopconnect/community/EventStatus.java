package fr.coopconnect.community;

public enum EventStatus {
    SCHEDULED, CANCELLED
}
