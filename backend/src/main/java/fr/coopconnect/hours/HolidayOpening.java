package fr.coopconnect.hours;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a venue opens on public holidays (with its usual weekly hours) or stays closed. */
@Schema(description = "CLOSED: closed on French public holidays; OPEN: usual weekly hours apply on them too")
public enum HolidayOpening {
    CLOSED, OPEN;

    public static HolidayOpening of(boolean open) {
        return open ? OPEN : CLOSED;
    }
}
