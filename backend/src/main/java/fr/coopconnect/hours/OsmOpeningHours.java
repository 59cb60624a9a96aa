package fr.coopconnect.hours;

import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.Util;
import ch.poole.openinghoursparser.WeekDay;
import ch.poole.openinghoursparser.WeekDayRange;
import fr.coopconnect.common.Problem;
import fr.coopconnect.common.ProblemException;
import fr.coopconnect.timeline.WeeklyInterval;
import fr.coopconnect.timeline.WeeklySchedule;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the OpenStreetMap {@code opening_hours} syntax for the part of it that weekly
 * hours can hold: weekday ranges and lists, several time ranges a day, {@code off}, and
 * {@code PH off} / {@code PH open}. Anything else is refused with the unreadable part quoted,
 * never approximated.
 */
public final class OsmOpeningHours {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private OsmOpeningHours() {
    }

    /** Weekly hours read from an OSM string; {@code publicHolidays} is null when the string says nothing about PH. */
    public record Parsed(WeeklySchedule weekly, HolidayOpening publicHolidays) {
    }

    /** @throws ProblemException 400 {@code osm-unsupported}, quoting the first part that cannot be read */
    public static Parsed parse(String osm) {
        Map<DayOfWeek, List<WeeklyInterval>> days = new EnumMap<>(DayOfWeek.class);
        HolidayOpening holidays = null;
        for (Rule rule : rulesOf(osm)) {
            if (rule.isFallBack()) {
                throw unsupported(("|| " + rule).trim(), "osm.reason.fallback");
            }
            if (rule.isEmpty()) {
                continue;
            }
            requireWeekly(rule);
            if (rule.getHolidays() != null) {
                holidays = holidayOpening(rule);
                continue;
            }
            boolean closed = isClosed(rule.getModifier());
            if (!closed && rule.getTimes() == null) {
                throw unsupported(rule.toString(), "osm.reason.all-day");
            }
            for (DayOfWeek day : selectedDays(rule)) {
                List<WeeklyInterval> hours = rule.isAdditive() ? new ArrayList<>(days.getOrDefault(day, List.of())) : new ArrayList<>();
                if (!closed) {
                    rule.getTimes().forEach(span -> hours.add(interval(day, span)));
                }
                try {
                    days.put(day, WeeklySchedule.of(hours).intervals());
                } catch (IllegalArgumentException overlap) {
                    throw unsupported(rule.toString(), "osm.reason.overlap");
                }
            }
        }
        return new Parsed(WeeklySchedule.of(days.values().stream().flatMap(List::stream).toList()), holidays);
    }

    /** The normalized OSM form: one rule per distinct set of daily hours, then the public-holiday rule. */
    public static String format(WeeklySchedule weekly, HolidayOpening holidays) {
        Map<List<TimeSpan>, List<DayOfWeek>> daysByHours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeSpan> hours = weekly.intervals().stream()
                    .filter(interval -> interval.day() == day)
                    .map(OsmOpeningHours::timeSpan)
                    .toList();
            if (!hours.isEmpty()) {
                daysByHours.computeIfAbsent(hours, h -> new ArrayList<>()).add(day);
            }
        }
        List<Rule> rules = new ArrayList<>();
        daysByHours.forEach((hours, days) -> {
            Rule rule = new Rule();
            rule.setDays(weekDayRanges(days));
            rule.setTimes(hours);
            rules.add(rule);
        });
        if (rules.isEmpty()) {
            Rule closed = new Rule();
            closed.setModifier(modifier(RuleModifier.Modifier.OFF));
            rules.add(closed);
        }
        Holiday ph = new Holiday();
        ph.setType(Holiday.Type.PH);
        Rule publicHolidays = new Rule();
        publicHolidays.setHolidays(List.of(ph));
        publicHolidays.setModifier(modifier(holidays == HolidayOpening.OPEN ? RuleModifier.Modifier.OPEN : RuleModifier.Modifier.OFF));
        rules.add(publicHolidays);
        return Util.rulesToOpeningHoursString(rules);
    }

    /** Strict syntax, but times out of order are let through so that they are refused as overnight ranges, by name. */
    private static List<Rule> rulesOf(String osm) {
        try {
            return new OpeningHoursParser(new StringReader(osm)).rules(true, false);
        } catch (OpeningHoursParseException | RuntimeException syntax) {
            throw unsupported(firstUnreadableRule(osm), "osm.reason.syntax");
        }
    }

    /** The first {@code ;}-separated rule that does not parse on its own, or the whole text. */
    private static String firstUnreadableRule(String osm) {
        for (String rule : osm.split(";")) {
            try {
                new OpeningHoursParser(new StringReader(rule)).rules(true, false);
            } catch (OpeningHoursParseException | RuntimeException syntax) {
                return rule.trim();
            }
        }
        return osm.trim();
    }

    private static void requireWeekly(Rule rule) {
        if (rule.isTwentyfourseven()) {
            throw unsupported("24/7", "osm.reason.all-day");
        }
        if (notEmpty(rule.getYears()) || notEmpty(rule.getWeeks()) || notEmpty(rule.getDates())) {
            throw unsupported(rule.toString(), "osm.reason.dates");
        }
        RuleModifier modifier = rule.getModifier();
        if (rule.getComment() != null || modifier != null && modifier.getComment() != null) {
            throw unsupported(rule.toString(), "osm.reason.comment");
        }
        if (modifier != null && (modifier.getModifier() == RuleModifier.Modifier.UNKNOWN
                || isClosed(modifier) && rule.getTimes() != null)) {
            throw unsupported(rule.toString(), "osm.reason.state");
        }
        if (rule.getDays() != null) {
            for (WeekDayRange range : rule.getDays()) {
                if (notEmpty(range.getNths()) || range.getOffset() != 0) {
                    throw unsupported(range.toString(), "osm.reason.day-selector");
                }
            }
        }
        if (rule.getTimes() != null) {
            rule.getTimes().forEach(OsmOpeningHours::requireSameDayRange);
        }
    }

    private static void requireSameDayRange(TimeSpan span) {
        if (span.getStartEvent() != null || span.getEndEvent() != null || span.isOpenEnded() || span.getInterval() != 0
                || span.getEnd() == TimeSpan.UNDEFINED_TIME) {
            throw unsupported(span.toString(), "osm.reason.time");
        }
        if (span.getEnd() <= span.getStart() || span.getEnd() >= MINUTES_PER_DAY) {
            throw unsupported(span.toString(), "osm.reason.overnight");
        }
    }

    /** Only a plain {@code PH} rule with a state: anything mixing holidays with days or hours is refused. */
    private static HolidayOpening holidayOpening(Rule rule) {
        boolean plainPh = rule.getHolidays().size() == 1
                && rule.getHolidays().get(0).getType() == Holiday.Type.PH
                && rule.getHolidays().get(0).getOffset() == 0
                && rule.getDays() == null && rule.getTimes() == null;
        if (!plainPh) {
            throw unsupported(rule.toString(), "osm.reason.holidays");
        }
        return isClosed(rule.getModifier()) ? HolidayOpening.CLOSED : HolidayOpening.OPEN;
    }

    private static List<DayOfWeek> selectedDays(Rule rule) {
        if (rule.getDays() == null) {
            return List.of(DayOfWeek.values());
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (WeekDayRange range : rule.getDays()) {
            DayOfWeek first = dayOf(range.getStartDay());
            DayOfWeek last = range.getEndDay() == null ? first : dayOf(range.getEndDay());
            // Ranges may wrap around the week end, like Sa-Mo.
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static boolean isClosed(RuleModifier modifier) {
        return modifier != null && (modifier.getModifier() == RuleModifier.Modifier.OFF
                || modifier.getModifier() == RuleModifier.Modifier.CLOSED);
    }

    private static WeeklyInterval interval(DayOfWeek day, TimeSpan span) {
        return new WeeklyInterval(day, LocalTime.of(span.getStart() / 60, span.getStart() % 60),
                LocalTime.of(span.getEnd() / 60, span.getEnd() % 60));
    }

    private static TimeSpan timeSpan(WeeklyInterval interval) {
        TimeSpan span = new TimeSpan();
        span.setStart(minuteOfDay(interval.opens()));
        span.setEnd(minuteOfDay(interval.closes()));
        return span;
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** Runs of three or more consecutive days become a range (Mo-Fr), shorter ones a list (Mo,Tu). */
    private static List<WeekDayRange> weekDayRanges(List<DayOfWeek> days) {
        List<WeekDayRange> ranges = new ArrayList<>();
        int start = 0;
        while (start < days.size()) {
            int end = start;
            while (end + 1 < days.size() && days.get(end + 1).getValue() == days.get(end).getValue() + 1) {
                end++;
            }
            if (end - start >= 2) {
                ranges.add(weekDayRange(days.get(start), days.get(end)));
            } else {
                days.subList(start, end + 1).forEach(day -> ranges.add(weekDayRange(day, null)));
            }
            start = end + 1;
        }
        return ranges;
    }

    private static WeekDayRange weekDayRange(DayOfWeek first, DayOfWeek last) {
        WeekDayRange range = new WeekDayRange();
        range.setStartDay(weekDayOf(first));
        if (last != null) {
            range.setEndDay(weekDayOf(last));
        }
        return range;
    }

    private static DayOfWeek dayOf(WeekDay day) {
        return DayOfWeek.of(day.ordinal() + 1);
    }

    private static WeekDay weekDayOf(DayOfWeek day) {
        return WeekDay.values()[day.getValue() - 1];
    }

    private static RuleModifier modifier(RuleModifier.Modifier state) {
        RuleModifier modifier = new RuleModifier();
        modifier.setModifier(state);
        return modifier;
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static ProblemException unsupported(String part, String reasonKey) {
        return new ProblemException(400, "osm-unsupported",
                List.of(new Problem.FieldError("osm", "field.osm-unsupported")), part, reasonKey);
    }
}
