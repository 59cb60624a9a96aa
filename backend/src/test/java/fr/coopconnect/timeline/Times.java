package fr.coopconnect.timeline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Short ways to write the instants used by the example tests. */
final class Times {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday 2027-01-04 at midnight UTC, a date far from any DST change. */
    private static final Instant MONDAY = Instant.parse("2027-01-04T00:00:00Z");

    private Times() {
    }

    /** A range between two hours of Monday 2027-01-04 (UTC); hours past 24 fall on later days. */
    static TimeRange hours(double fromHour, double toHour) {
        return new TimeRange(hour(fromHour), hour(toHour));
    }

    static Instant hour(double hour) {
        return MONDAY.plusSeconds(Math.round(hour * 3600));
    }

    static TimeRange utc(String start, String end) {
        return new TimeRange(Instant.parse(start), Instant.parse(end));
    }

    /** A range between two Paris wall-clock times, ISO local date-times such as 2027-03-26T08:00. */
    static TimeRange paris(String localStart, String localEnd) {
        return new TimeRange(parisInstant(localStart), parisInstant(localEnd));
    }

    static Instant parisInstant(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), PARIS).toInstant();
    }
}
