package fr.coopconnect.booking;

public enum SeriesStatus {
    ACTIVE, CANCELLED
}
