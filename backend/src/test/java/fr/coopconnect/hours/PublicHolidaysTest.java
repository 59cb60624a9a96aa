package fr.coopconnect.hours;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicHolidaysTest {

    private final PublicHolidays holidays = new PublicHolidays();

    @Test
    void knowsTheMovableAndFixedHolidaysOf2027() {
        Stream.of("2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17",
                        "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25")
                .map(LocalDate::parse)
                .forEach(day -> assertTrue(holidays.isHoliday(day), day + " is a public holiday"));
    }

    @Test
    void ordinaryDaysAreNotHolidays() {
        Stream.of("2027-03-26", "2027-03-30", "2027-05-07", "2027-07-13", "2027-12-24")
                .map(LocalDate::parse)
                .forEach(day -> assertFalse(holidays.isHoliday(day), day + " is a working day"));
    }

    @Test
    void metropolitanFranceHasNoAlsaceMoselleExtras() {
        assertFalse(holidays.isHoliday(LocalDate.of(2027, 3, 26)), "Good Friday");
        assertFalse(holidays.isHoliday(LocalDate.of(2027, 12, 26)), "St Stephen's Day");
    }

    @Test
    void elevenHolidaysEveryYear() {
        for (int year : List.of(2026, 2027, 2028)) {
            long count = LocalDate.of(year, Month.JANUARY, 1)
                    .datesUntil(LocalDate.of(year + 1, Month.JANUARY, 1))
                    .filter(holidays::isHoliday)
                    .count();
            assertEquals(11, count, "holidays in " + year);
        }
    }
}
