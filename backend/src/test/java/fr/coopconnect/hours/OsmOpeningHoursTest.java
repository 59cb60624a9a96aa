package fr.coopconnect.hours;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.timeline.WeeklyInterval;
import fr.coopconnect.timeline.WeeklySchedule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OsmOpeningHoursTest {

    private static final String SEED = "Mo-Fr 08:00-12:00,12:30-16:30; PH off";

    @Test
    void readsTheSeedHours() {
        OsmOpeningHours.Parsed parsed = OsmOpeningHours.parse(SEED);
        List<WeeklyInterval> expected = new ArrayList<>();
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, DayOfWeek.THURSDAY, FRIDAY)) {
            expected.add(at(day, "08:00", "12:00"));
            expected.add(at(day, "12:30", "16:30"));
        }
        assertEquals(WeeklySchedule.of(expected), parsed.weekly());
        assertEquals(HolidayOpening.CLOSED, parsed.publicHolidays());
    }

    @Test
    void writesTheSeedHoursBackExactly() {
        OsmOpeningHours.Parsed parsed = OsmOpeningHours.parse(SEED);
        assertEquals(SEED, OsmOpeningHours.format(parsed.weekly(), parsed.publicHolidays()));
    }

    @Test
    void readsDayListsAndSingleDays() {
        OsmOpeningHours.Parsed parsed = OsmOpeningHours.parse("Mo,We,Fr 09:00-12:00; Sa 10:00-11:30");
        assertEquals(WeeklySchedule.of(List.of(at(MONDAY, "09:00", "12:00"), at(WEDNESDAY, "09:00", "12:00"),
                at(FRIDAY, "09:00", "12:00"), at(SATURDAY, "10:00", "11:30"))), parsed.weekly());
        assertNull(parsed.publicHolidays(), "nothing said about public holidays");
    }

    @Test
    void laterRulesOverrideEarlierOnesAndOffClosesADay() {
        OsmOpeningHours.Parsed parsed = OsmOpeningHours.parse("Tu-Sa 10:00-12:00,14:00-18:00; Su off; PH open; We off; Sa 09:00-12:00");
        List<WeeklyInterval> expected = new ArrayList<>();
        for (DayOfWeek day : List.of(TUESDAY, DayOfWeek.THURSDAY, FRIDAY)) {
            expected.add(at(day, "10:00", "12:00"));
            expected.add(at(day, "14:00", "18:00"));
        }
        expected.add(at(SATURDAY, "09:00", "12:00"));
        assertEquals(WeeklySchedule.of(expected), parsed.weekly());
        assertEquals(HolidayOpening.OPEN, parsed.publicHolidays());
    }

    @Test
    void additiveRulesAddHoursAndRangesMayWrapAroundTheWeek() {
        OsmOpeningHours.Parsed parsed = OsmOpeningHours.parse("Sa-Mo 10:00-12:00, Mo 14:00-15:00");
        assertEquals(WeeklySchedule.of(List.of(at(SATURDAY, "10:00", "12:00"), at(SUNDAY, "10:00", "12:00"),
                at(MONDAY, "10:00", "12:00"), at(MONDAY, "14:00", "15:00"))), parsed.weekly());
    }

    @Test
    void offAloneIsClosedEveryDay() {
        assertTrue(OsmOpeningHours.parse("off").weekly().isEmpty());
        assertEquals("off; PH off", OsmOpeningHours.format(WeeklySchedule.of(List.of()), HolidayOpening.CLOSED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mo-Fr 08:00-12:00,12:30-16:30; PH off | Mo-Fr 08:00-12:00,12:30-16:30; PH off",
            "Mo,We,Fr 09:00-12:00                  | Mo,We,Fr 09:00-12:00; PH off",
            "Tu-Sa 10:00-12:00,14:00-18:00; Su off; PH open | Tu-Sa 10:00-12:00,14:00-18:00; PH open",
            "mo-fr 8:00-12:00; sa 09:00-12:00       | Mo-Fr 08:00-12:00; Sa 09:00-12:00; PH off",
            "Mo 09:00-12:00; Tu 09:00-12:00; We 14:00-17:00 | Mo,Tu 09:00-12:00; We 14:00-17:00; PH off",
            "Sa,Su 10:00-12:00; Mo-Fr 10:00-12:00   | Mo-Su 10:00-12:00; PH off",
            "Mo 08:00-10:00,10:00-12:00             | Mo 08:00-12:00; PH off",
    })
    void roundTripsThroughANormalizedForm(String given, String normalized) {
        OsmOpeningHours.Parsed parsed = OsmOpeningHours.parse(given);
        HolidayOpening holidays = parsed.publicHolidays() == null ? HolidayOpening.CLOSED : parsed.publicHolidays();
        String written = OsmOpeningHours.format(parsed.weekly(), holidays);
        assertEquals(normalized, written);

        OsmOpeningHours.Parsed reread = OsmOpeningHours.parse(written);
        assertEquals(parsed.weekly(), reread.weekly());
        assertEquals(holidays, reread.publicHolidays());
        assertEquals(written, OsmOpeningHours.format(reread.weekly(), reread.publicHolidays()));
    }

    @Property(tries = 300)
    void anyWeeklyHoursSurviveAWriteAndARead(@ForAll("schedules") WeeklySchedule weekly, @ForAll HolidayOpening holidays) {
        OsmOpeningHours.Parsed parsed = OsmOpeningHours.parse(OsmOpeningHours.format(weekly, holidays));
        assertEquals(weekly, parsed.weekly());
        assertEquals(holidays, parsed.publicHolidays());
    }

    @Provide
    Arbitrary<WeeklySchedule> schedules() {
        // Up to four separate ranges a day, on a 5-minute grid so that ranges never touch.
        Arbitrary<List<WeeklyInterval>> day = Combinators.combine(
                        Arbitraries.of(DayOfWeek.class),
                        Arbitraries.integers().between(0, 287).set().ofMaxSize(8))
                .as((weekday, cuts) -> {
                    List<Integer> sorted = cuts.stream().sorted().toList();
                    List<WeeklyInterval> hours = new ArrayList<>();
                    for (int i = 0; i + 1 < sorted.size(); i += 2) {
                        hours.add(new WeeklyInterval(weekday, minute(sorted.get(i) * 5), minute(sorted.get(i + 1) * 5 - 1)));
                    }
                    return hours;
                });
        return day.list().ofMaxSize(7).map(days -> {
            List<WeeklyInterval> all = new ArrayList<>();
            List<DayOfWeek> seen = new ArrayList<>();
            for (List<WeeklyInterval> hours : days) {
                if (!hours.isEmpty() && !seen.contains(hours.get(0).day())) {
                    seen.add(hours.get(0).day());
                    all.addAll(hours);
                }
            }
            return WeeklySchedule.of(all);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "Jan-Mar Mo 10:00-12:00 => Jan-Mar => dates",
            "week 1-10 Mo 10:00-12:00 => week 01-10 => dates",
            "2027 Mo 10:00-12:00 => 2027 => dates",
            "Mo 09:00-12:00; Mo sunrise-sunset => sunrise-sunset => time",
            "Mo 10:00-12:00 \"sur rendez-vous\" => sur rendez-vous => comment",
            "24/7 => 24/7 => all-day",
            "Mo-Fr 22:00-02:00 => 22:00-02:00 => overnight",
            "Mo 10:00-24:00 => 10:00-24:00 => overnight",
            "Mo 10:00+ => 10:00+ => time",
            "Mo 10:00-12:00/30 => 10:00-12:00/00:30 => time",
            "Mo[1] 10:00-12:00 => Mo[1] => day-selector",
            "Sa => Sa => all-day",
            "Mo-Fr 08:00-12:00; PH 10:00-11:00 => PH 10:00-11:00 => holidays",
            "Mo-Fr 08:00-12:00; SH off => SH off => holidays",
            "Mo-Fr 08:00-12:00 || Sa 10:00-12:00 => || => fallback",
            "Mo 12:00-13:00 off => Mo 12:00-13:00 off => state",
            "Mo 08:00-12:00,10:00-14:00 => Mo 08:00-12:00,10:00-14:00 => overlap",
            "Mo-Fr 08:00-12:00; Tu 10h-12h => Tu 10h-12h => syntax",
            "Mo 25:00-26:00 => Mo 25:00-26:00 => syntax",
            "n'importe quoi => n'importe quoi => syntax",
    })
    void refusesWhatWeeklyHoursCannotHoldAndQuotesIt(String osm, String quoted, String reason) {
        ProblemException problem = assertThrows(ProblemException.class, () -> OsmOpeningHours.parse(osm));
        assertEquals(400, problem.status());
        assertEquals("osm-unsupported", problem.slug());
        assertEquals("osm", problem.errors().get(0).field());
        String part = (String) problem.args()[0];
        assertTrue(part.contains(quoted), "quotes '" + quoted + "' in '" + part + "'");
        assertEquals("osm.reason." + reason, problem.args()[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ; ", ";"})
    void saysNothingWhenThereAreNoRules(String osm) {
        OsmOpeningHours.Parsed parsed = OsmOpeningHours.parse(osm);
        assertTrue(parsed.weekly().isEmpty());
        assertNull(parsed.publicHolidays());
    }

    private static WeeklyInterval at(DayOfWeek day, String opens, String closes) {
        return new WeeklyInterval(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static LocalTime minute(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
