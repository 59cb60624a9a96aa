package fr.coopconnect.venue;

public enum ConnectivityType {
    FIBER, ADSL, VDSL, MOBILE, SATELLITE
}
