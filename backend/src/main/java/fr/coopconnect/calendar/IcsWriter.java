package fr.coopconnect.calendar;

import fr.coopconnect.timeline.TimeRange;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VFreeBusy;
import net.fortuna.ical4j.model.property.FreeBusy;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.threeten.extra.Interval;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes RFC 5545 calendars with ical4j. Plain Java: the callers hand in what to write. */
public final class IcsWriter {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final String PRODUCT = "-//Coop-connect//Coop-connect API//FR";

    private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    public enum Status { CONFIRMED, TENTATIVE, CANCELLED }

    /** One event; times in the venue's zone, which gets its VTIMEZONE. */
    public record Event(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String location, Status status,
                        Instant lastModified, int sequence) {
    }

    private IcsWriter() {
    }

    /** A calendar of events, published (METHOD:PUBLISH) for subscription. */
    public static String events(String name, List<Event> events) {
        Calendar calendar = calendar(name);
        Set<ZoneId> zones = new LinkedHashSet<>();
        events.forEach(event -> zones.add(event.start().getZone()));
        for (ZoneId zone : zones) {
            TimeZone timeZone = timeZone(zone);
            if (timeZone != null) {
                calendar.add(timeZone.getVTimeZone());
            }
        }
        for (Event event : events) {
            VEvent vevent = new VEvent(event.start(), event.end(), event.summary());
            vevent.add(new Uid(event.uid()));
            if (event.location() != null) {
                vevent.add(new Location(event.location()));
            }
            vevent.add(switch (event.status()) {
                case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
                case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
                case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            });
            vevent.add(ImmutableTransp.OPAQUE);
            vevent.add(new Sequence(event.sequence()));
            if (event.lastModified() != null) {
                vevent.add(new LastModified(event.lastModified()));
            }
            calendar.add(vevent);
        }
        return write(calendar);
    }

    /** One VFREEBUSY over [from, to) listing the busy periods, in UTC as RFC 5545 requires, and nothing else. */
    public static String freeBusy(String name, String uid, Instant from, Instant to, List<TimeRange> busy) {
        Calendar calendar = calendar(name);
        VFreeBusy freeBusy = new VFreeBusy(from, to);
        freeBusy.add(new Uid(uid));
        for (TimeRange range : busy) {
            freeBusy.add(new FreeBusy(List.of(Interval.of(range.start(), range.end()))));
        }
        calendar.add(freeBusy);
        return write(calendar);
    }

    private static Calendar calendar(String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        return calendar;
    }

    private static TimeZone timeZone(ZoneId zone) {
        synchronized (TIME_ZONES) {
            return TIME_ZONES.getTimeZone(zone.getId());
        }
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
