package fr.coopconnect.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/** Dates relative to today, so the tests keep passing as time goes by; times in Europe/Paris. */
public final class TestCalendar {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private TestCalendar() {
    }

    /** The first such weekday at least {@code minDaysAhead} days from today. */
    public static LocalDate next(DayOfWeek day, int minDaysAhead) {
        return LocalDate.now(PARIS).plusDays(minDaysAhead).with(TemporalAdjusters.nextOrSame(day));
    }

    /** "2027-03-29T09:00:00+02:00": the local time on that date in Paris, with its offset. */
    public static String at(LocalDate date, String localTime) {
        return ZonedDateTime.of(date, LocalTime.parse(localTime), PARIS).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Weekly hours for every day in {@code days}, each with the given "HH:mm-HH:mm" ranges. */
    public static List<Map<String, String>> weekly(List<DayOfWeek> days, String... ranges) {
        return days.stream().flatMap(day -> java.util.Arrays.stream(ranges).map(range -> Map.of(
                "day", day.name(), "opens", range.substring(0, 5), "closes", range.substring(6)))).toList();
    }

    public static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    public static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());
}
