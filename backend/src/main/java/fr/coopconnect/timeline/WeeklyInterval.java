package fr.coopconnect.timeline;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Opening hours on one day of the week, in local wall-clock time; never spans midnight. */
public record WeeklyInterval(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public WeeklyInterval {
        if (day == null || opens == null || closes == null) {
            throw new IllegalArgumentException(
                    "A weekly interval needs a day, an opening and a closing time, got " + day + " " + opens + "-" + closes);
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "Opening time must be before closing time on " + day + ", got " + opens + "-" + closes);
        }
    }
}
