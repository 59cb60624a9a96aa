package fr.coopconnect.availability;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.coopconnect.space.BookingMode;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceKind;
import fr.coopconnect.timeline.WeeklyInterval;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the search's candidate rows straight from JDBC into detached, read-only {@link Space} and {@link Venue}
 * objects: the search touches hundreds of them per request and never changes them, so managed entities (dirty
 * tracking, persistence context) are pure overhead there. Only the columns the search uses are selected.
 */
final class CandidateRows {

    static final String COLUMNS = "s.id, s.venue_id, s.name, s.kind, s.capacity, s.booking_mode, s.equipment, s.active,"
            + " s.slot_minutes, s.min_minutes, s.max_minutes, s.min_notice_minutes, s.max_advance_days, s.buffer_minutes,"
            + " s.own_schedule::text, s.hourly_rate, v.id, v.name, v.kind, v.commune, v.latitude, v.longitude, v.timezone,"
            + " v.weekly_hours::text, v.public_holidays_open";

    private static final TypeReference<List<WeeklyInterval>> INTERVALS = new TypeReference<>() {
    };

    /**
     * Parsed weekly hours by their JSON text. A pure function of the text — identical on every replica and never
     * stale — and small: venues share a few hundred patterns at most; it is emptied if it ever grows large.
     */
    private static final Map<String, List<WeeklyInterval>> SCHEDULES = new ConcurrentHashMap<>();

    private CandidateRows() {
    }

    /** One row: the space, and its venue (the same instance for every space of the venue). */
    static Object[] read(ResultSet rs, Map<UUID, Venue> venues, ObjectMapper json) throws SQLException {
        Space s = new Space();
        s.id = rs.getObject(1, UUID.class);
        s.venueId = rs.getObject(2, UUID.class);
        s.name = rs.getString(3);
        s.kind = SpaceKind.valueOf(rs.getString(4));
        s.capacity = rs.getInt(5);
        s.bookingMode = BookingMode.valueOf(rs.getString(6));
        s.equipment = strings(rs.getArray(7));
        s.active = rs.getBoolean(8);
        s.slotMinutes = rs.getInt(9);
        s.minMinutes = rs.getInt(10);
        s.maxMinutes = rs.getInt(11);
        s.minNoticeMinutes = rs.getInt(12);
        s.maxAdvanceDays = rs.getInt(13);
        s.bufferMinutes = rs.getInt(14);
        String own = rs.getString(15);
        s.ownSchedule = own == null ? null : schedule(own, json);
        s.hourlyRate = rs.getBigDecimal(16);
        Venue v = venues.get(s.venueId);
        if (v == null) {
            v = new Venue();
            v.id = rs.getObject(17, UUID.class);
            v.name = rs.getString(18);
            v.kind = VenueKind.valueOf(rs.getString(19));
            v.commune = rs.getString(20);
            v.latitude = rs.getDouble(21);
            v.longitude = rs.getDouble(22);
            v.timezone = rs.getString(23);
            v.weeklyHours = schedule(rs.getString(24), json);
            v.publicHolidaysOpen = rs.getBoolean(25);
        }
        return new Object[]{s, v};
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    static List<WeeklyInterval> schedule(String text, ObjectMapper json) {
        List<WeeklyInterval> cached = SCHEDULES.get(text);
        if (cached != null) {
            return cached;
        }
        try {
            List<WeeklyInterval> parsed = List.copyOf(json.readValue(text, INTERVALS));
            if (SCHEDULES.size() > 10_000) {
                SCHEDULES.clear();
            }
            SCHEDULES.put(text, parsed);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable weekly hours " + text, e);
        }
    }
}
