package fr.coopconnect.occupancy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The size of an occupancy bucket, in the venue's local time; weeks start on Monday (ISO). */
public enum Granularity {
    HOUR, DAY, WEEK;

    /** The value of {@code granularity=hour|day|week}, case-insensitive; empty when it is none of them. */
    public static Optional<Granularity> parse(String value) {
        for (Granularity granularity : values()) {
            if (granularity.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return Optional.of(granularity);
            }
        }
        return Optional.empty();
    }

    /** The start of the bucket holding this local time. */
    public LocalDateTime bucketOf(LocalDateTime local) {
        return switch (this) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.toLocalDate().atStartOfDay();
            case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
        };
    }

    public LocalDateTime next(LocalDateTime bucketStart) {
        return switch (this) {
            case HOUR -> bucketStart.plusHours(1);
            case DAY -> bucketStart.plusDays(1);
            case WEEK -> bucketStart.plusWeeks(1);
        };
    }

    /** The unit PostgreSQL's {@code date_trunc} uses for the same buckets. */
    public String sqlUnit() {
        return name().toLowerCase(Locale.ROOT);
    }
}
