package fr.coopconnect.occupancy;

import fr.coopconnect.common.ProblemException;
import fr.coopconnect.occupancy.OccupancyDtos.Bucket;
import fr.coopconnect.occupancy.OccupancyDtos.Figures;
import fr.coopconnect.occupancy.OccupancyDtos.Report;
import fr.coopconnect.occupancy.OccupancyDtos.SpaceOccupancy;
import fr.coopconnect.occupancy.OccupancyDtos.VenueOccupancy;
import fr.coopconnect.space.Space;
import fr.coopconnect.space.SpaceCalendar;
import fr.coopconnect.timeline.TimeRange;
import fr.coopconnect.timeline.TimeRanges;
import fr.coopconnect.venue.Venue;
import fr.coopconnect.venue.VenueService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Occupancy figures of venues over a period. Open time comes from the opening calendar, per day, in Java; booked
 * and blocked time are clipped and summed by PostgreSQL in one grouped query, so no booking is ever loaded here.
 */
@ApplicationScoped
public class OccupancyService {

    /** A period longer than this is refused: a year and a leap day. */
    public static final int MAX_DAYS = 366;

    /** Hourly buckets are offered for a month at most, so that a report stays readable (and small). */
    public static final int MAX_HOURLY_DAYS = 31;

    /** Venues one report may cover; narrow the network report with {@code venueId} or {@code commune} beyond. */
    public static final int MAX_VENUES = 500;

    @Inject
    SpaceCalendar spaceCalendar;

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    /** 400 unless {@code from ≤ to}, at most {@link #MAX_DAYS} days, and at most {@link #MAX_HOURLY_DAYS} days hour by hour. */
    public static void validateWindow(LocalDate from, LocalDate to, Granularity granularity) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "field.end-before-start");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw ProblemException.badRequest("to", "field.too-long", MAX_DAYS);
        }
        if (granularity == Granularity.HOUR && days > MAX_HOURLY_DAYS) {
            throw ProblemException.badRequest("granularity", "field.hourly-too-long", MAX_HOURLY_DAYS);
        }
    }

    public Report report(List<Venue> venues, LocalDate from, LocalDate to, Granularity granularity) {
        validateWindow(from, to, granularity);
        if (venues.size() > MAX_VENUES) {
            throw ProblemException.badRequest("venueId", "field.occupancy-too-many-venues", MAX_VENUES);
        }
        Map<UUID, Venue> venuesById = venues.stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        List<Space> spaces = venues.isEmpty() ? List.of()
                : Space.<Space>list("venueId in ?1 and active = true", Sort.by("name").and("id"), venuesById.keySet());
        Map<UUID, TimeRange> periods = new HashMap<>();
        venues.forEach(venue -> periods.put(venue.id, period(venue, from, to)));
        Instant earliest = periods.values().stream().map(TimeRange::start).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant latest = periods.values().stream().map(TimeRange::end).max(Comparator.naturalOrder()).orElse(Instant.EPOCH.plusSeconds(1));

        // Spaces that follow their venue's hours share its open time: expanded and cut into buckets once per key.
        Map<UUID, TimeRanges> spaceOpen = spaceCalendar.openRanges(spaces, venuesById, earliest, latest);
        Map<UUID, OpenTime> openByKey = new HashMap<>();
        for (Space space : spaces) {
            Venue venue = venuesById.get(space.venueId);
            openByKey.computeIfAbsent(openKey(space), key -> new OpenTime(
                    spaceOpen.get(space.id).intersect(TimeRanges.of(periods.get(venue.id))), VenueService.zoneOf(venue), granularity));
        }

        Totals totals = new Totals();
        queryUsage(venues, spaces, openByKey, earliest, latest, granularity, totals);
        queryNoShows(venues, periods, earliest, latest, granularity, totals);

        List<VenueOccupancy> venueReports = new ArrayList<>();
        Tally network = totals.network;
        Map<UUID, List<Space>> spacesByVenue = spaces.stream().collect(Collectors.groupingBy(space -> space.venueId));
        for (Venue venue : venues) {
            List<LocalDateTime> buckets = OccupancyGrid.bucketStarts(from, to, granularity);
            Tally venueTotal = totals.venue(venue.id);
            Map<LocalDateTime, Tally> venueBuckets = totals.venueBuckets(venue.id);
            double[][] openCells = new double[OccupancyGrid.DAYS_PER_WEEK][OccupancyGrid.HOURS_PER_DAY];
            List<SpaceOccupancy> spaceReports = new ArrayList<>();
            for (Space space : spacesByVenue.getOrDefault(venue.id, List.of())) {
                OpenTime open = openByKey.get(openKey(space));
                int seats = space.isShared() ? space.capacity : 0;
                Tally spaceTotal = totals.space(space.id);
                spaceTotal.addOpen(open.totalSeconds, seats);
                venueTotal.addOpen(open.totalSeconds, seats);
                network.addOpen(open.totalSeconds, seats);
                Map<LocalDateTime, Tally> spaceBuckets = totals.spaceBuckets(space.id);
                open.perBucket.forEach((bucket, seconds) -> {
                    spaceBuckets.computeIfAbsent(bucket, b -> new Tally()).addOpen(seconds, seats);
                    venueBuckets.computeIfAbsent(bucket, b -> new Tally()).addOpen(seconds, seats);
                });
                for (int day = 0; day < OccupancyGrid.DAYS_PER_WEEK; day++) {
                    for (int hour = 0; hour < OccupancyGrid.HOURS_PER_DAY; hour++) {
                        openCells[day][hour] += open.perCell[day][hour];
                    }
                }
                spaceReports.add(new SpaceOccupancy(space.id, space.name, space.bookingMode, space.capacity,
                        spaceTotal.figures(), bucketList(buckets, spaceBuckets)));
            }
            venueReports.add(new VenueOccupancy(venue.id, venue.name, venue.timezone, venueTotal.figures(),
                    bucketList(buckets, venueBuckets), heatmap(totals.venueCells(venue.id), openCells), spaceReports));
        }
        return new Report(from, to, granularity, network.figures(), venueReports);
    }

    /** The local dates [from, to] of the venue as instants. */
    static TimeRange period(Venue venue, LocalDate from, LocalDate to) {
        ZoneId zone = VenueService.zoneOf(venue);
        return new TimeRange(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static UUID openKey(Space space) {
        return space.ownSchedule == null ? space.venueId : space.id;
    }

    private static List<Bucket> bucketList(List<LocalDateTime> starts, Map<LocalDateTime, Tally> tallies) {
        return starts.stream().map(start -> new Bucket(start, tallies.getOrDefault(start, new Tally()).figures())).toList();
    }

    private static List<List<Double>> heatmap(double[][] bookedCells, double[][] openCells) {
        List<List<Double>> rows = new ArrayList<>();
        for (int day = 0; day < OccupancyGrid.DAYS_PER_WEEK; day++) {
            List<Double> row = new ArrayList<>();
            for (int hour = 0; hour < OccupancyGrid.HOURS_PER_DAY; hour++) {
                Double ratio = OccupancyGrid.ratio(bookedCells[day][hour], openCells[day][hour]);
                row.add(ratio == null ? null : Math.round(ratio * 10_000) / 10_000.0);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Open time of one key (a venue, or a space with its own hours) over its venue's period, cut into buckets and cells. */
    private static final class OpenTime {
        final TimeRanges ranges;
        final ZoneId zone;
        final long totalSeconds;
        final Map<LocalDateTime, Long> perBucket;
        final long[][] perCell;

        OpenTime(TimeRanges ranges, ZoneId zone, Granularity granularity) {
            this.ranges = ranges;
            this.zone = zone;
            this.totalSeconds = ranges.totalDuration().getSeconds();
            this.perBucket = OccupancyGrid.secondsPerBucket(ranges, zone, granularity);
            this.perCell = OccupancyGrid.secondsPerCell(ranges, zone);
        }
    }

    /** Booked and blocked time of the venues' active spaces, clipped to open time, at every level of the report. */
    private void queryUsage(List<Venue> venues, List<Space> spaces, Map<UUID, OpenTime> openByKey, Instant earliest,
                            Instant latest, Granularity granularity, Totals totals) {
        if (spaces.isEmpty()) {
            return;
        }
        List<UUID> keys = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        openByKey.forEach((key, open) -> {
            for (TimeRange piece : OccupancyGrid.splitByLocalDay(open.ranges, open.zone)) {
                keys.add(key);
                days.add((int) LocalDate.ofInstant(piece.start(), open.zone).toEpochDay());
                starts.add(piece.start().getEpochSecond());
                ends.add(piece.end().getEpochSecond());
            }
        });
        UUID[] venueIds = venues.stream().map(v -> v.id).toArray(UUID[]::new);
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(usageSql(granularity))) {
            withoutJit(c);
            s.setArray(1, c.createArrayOf("uuid", keys.toArray()));
            s.setArray(2, c.createArrayOf("int4", days.toArray()));
            s.setArray(3, c.createArrayOf("int8", starts.toArray()));
            s.setArray(4, c.createArrayOf("int8", ends.toArray()));
            s.setArray(5, c.createArrayOf("uuid", venueIds));
            s.setArray(6, c.createArrayOf("uuid", venueIds));
            s.setObject(7, OffsetDateTime.ofInstant(earliest, ZoneOffset.UTC));
            s.setObject(8, OffsetDateTime.ofInstant(latest, ZoneOffset.UTC));
            s.setArray(9, c.createArrayOf("uuid", venueIds));
            s.setObject(10, OffsetDateTime.ofInstant(earliest, ZoneOffset.UTC));
            s.setObject(11, OffsetDateTime.ofInstant(latest, ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getInt("level") == HEATMAP_LEVEL) {
                        UUID venueId = r.getObject("venue_id", UUID.class);
                        totals.venueCells(venueId)[r.getInt("dow") - 1][r.getInt("hour")] += r.getDouble("booked_s");
                        continue;
                    }
                    Tally tally = tallyOf(r.getInt("level"), r, totals);
                    tally.bookedSeconds += r.getDouble("booked_s");
                    tally.bookedSeatSeconds += r.getDouble("seat_s");
                    tally.blockedSeconds += r.getDouble("blocked_s");
                    tally.members += r.getLong("members");
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The report's statement is planned with a high cost, which makes PostgreSQL JIT-compile it: measured on the
     * bench data (50 venues, a year), 4.5 s of its 5.7 s went to compilation. Off for this transaction only, with
     * room to aggregate in memory rather than in temporary files.
     */
    private static void withoutJit(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement settings = c.createStatement()) {
            settings.execute("SET LOCAL jit = off");
            settings.execute("SET LOCAL work_mem = '32MB'");
        }
    }

    /** NO_SHOW ÷ (CONFIRMED + NO_SHOW) of the bookings that started in each venue's period, up to now. */
    private void queryNoShows(List<Venue> venues, Map<UUID, TimeRange> periods, Instant earliest, Instant latest,
                              Granularity granularity, Totals totals) {
        if (venues.isEmpty()) {
            return;
        }
        UUID[] venueIds = venues.stream().map(v -> v.id).toArray(UUID[]::new);
        Long[] periodStarts = venues.stream().map(v -> periods.get(v.id).start().getEpochSecond()).toArray(Long[]::new);
        Long[] periodEnds = venues.stream().map(v -> periods.get(v.id).end().getEpochSecond()).toArray(Long[]::new);
        Instant now = clock.instant();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(NO_SHOW_SQL)) {
            s.setArray(1, c.createArrayOf("uuid", venueIds));
            s.setArray(2, c.createArrayOf("int8", periodStarts));
            s.setArray(3, c.createArrayOf("int8", periodEnds));
            s.setString(4, granularity.sqlUnit());
            s.setArray(5, c.createArrayOf("uuid", venueIds));
            s.setObject(6, OffsetDateTime.ofInstant(earliest, ZoneOffset.UTC));
            s.setObject(7, OffsetDateTime.ofInstant(latest.isBefore(now) ? latest : now, ZoneOffset.UTC));
            s.setObject(8, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Tally tally = tallyOf(r.getInt("level"), r, totals);
                    tally.noShows += r.getLong("no_shows");
                    tally.started += r.getLong("started");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Level of the usage query's heatmap rows (venue, weekday, hour). */
    static final int HEATMAP_LEVEL = -1;

    /** The tally a grouped row belongs to, from its GROUPING(venue, space, bucket) bits. */
    private static Tally tallyOf(int level, ResultSet r, Totals totals) throws SQLException {
        return switch (level) {
            case 0b000 -> totals.spaceBuckets(r.getObject("space_id", UUID.class))
                    .computeIfAbsent(localTime(r.getTimestamp("bucket")), b -> new Tally());
            case 0b001 -> totals.space(r.getObject("space_id", UUID.class));
            case 0b010 -> totals.venueBuckets(r.getObject("venue_id", UUID.class))
                    .computeIfAbsent(localTime(r.getTimestamp("bucket")), b -> new Tally());
            case 0b011 -> totals.venue(r.getObject("venue_id", UUID.class));
            case 0b111 -> totals.network;
            default -> throw new IllegalStateException("unexpected grouping level " + level);
        };
    }

    private static LocalDateTime localTime(Timestamp timestamp) {
        return timestamp.toLocalDateTime();
    }

    /** Raw seconds and counts of one cell of the report, before they become {@link Figures}. */
    static final class Tally {
        double openSeconds;
        double offeredSeatSeconds;
        boolean hasSharedSpace;
        double bookedSeconds;
        double bookedSeatSeconds;
        double blockedSeconds;
        long noShows;
        long started;
        long members;

        void addOpen(double seconds, int sharedSeats) {
            openSeconds += seconds;
            if (sharedSeats > 0) {
                hasSharedSpace = true;
                offeredSeatSeconds += seconds * sharedSeats;
            }
        }

        Figures figures() {
            Double utilisation = OccupancyGrid.ratio(bookedSeconds, openSeconds);
            Double noShowRate = OccupancyGrid.ratio(noShows, started);
            return new Figures(OccupancyGrid.hours(openSeconds), OccupancyGrid.hours(bookedSeconds),
                    OccupancyGrid.hours(blockedSeconds), utilisation == null ? null : round(utilisation),
                    hasSharedSpace ? OccupancyGrid.hours(bookedSeatSeconds) : null,
                    hasSharedSpace ? OccupancyGrid.hours(offeredSeatSeconds) : null,
                    noShows, started, noShowRate == null ? null : round(noShowRate), members);
        }

        private static double round(double ratio) {
            return Math.round(ratio * 10_000) / 10_000.0;
        }
    }

    /** Every tally of a report, by level. */
    private static final class Totals {
        final Tally network = new Tally();
        final Map<UUID, Tally> venues = new HashMap<>();
        final Map<UUID, Tally> spaces = new HashMap<>();
        final Map<UUID, Map<LocalDateTime, Tally>> venueBuckets = new HashMap<>();
        final Map<UUID, Map<LocalDateTime, Tally>> spaceBuckets = new HashMap<>();
        final Map<UUID, double[][]> venueCells = new HashMap<>();

        Tally venue(UUID id) {
            return venues.computeIfAbsent(id, k -> new Tally());
        }

        Tally space(UUID id) {
            return spaces.computeIfAbsent(id, k -> new Tally());
        }

        Map<LocalDateTime, Tally> venueBuckets(UUID id) {
            return venueBuckets.computeIfAbsent(id, k -> new HashMap<>());
        }

        Map<LocalDateTime, Tally> spaceBuckets(UUID id) {
            return spaceBuckets.computeIfAbsent(id, k -> new HashMap<>());
        }

        double[][] venueCells(UUID id) {
            return venueCells.computeIfAbsent(id, k -> new double[OccupancyGrid.DAYS_PER_WEEK][OccupancyGrid.HOURS_PER_DAY]);
        }
    }

    /** Hour buckets need clipped time cut into hours; day and week buckets take whole clipped pieces (one local day each). */
    static String usageSql(Granularity granularity) {
        return switch (granularity) {
            case HOUR -> USAGE_SQL.formatted("local_day + hour * interval '1 hour'", "piece", HEATMAP_LEVEL);
            case DAY -> USAGE_SQL.formatted("local_day", "clipped", HEATMAP_LEVEL);
            case WEEK -> USAGE_SQL.formatted("date_trunc('week', local_day)", "clipped", HEATMAP_LEVEL);
        };
    }

    /*
     * Open pieces (one local day each) come from Java; bookings and blocks meet them on (open key, local day), so the
     * clipping is a hash join, not a comparison of every booking with every piece (both sides are materialized so that
     * the planner hashes on both keys). A booking lies within one local day (bookings must fit opening hours, which end
     * before midnight): only its start day is looked at; a block may last days and meets each of them. Clipped time is
     * then cut into local hours by arithmetic on its local start, which matches OccupancyGrid's cut at UTC hours
     * except on the night of a DST change, when venues are closed.
     */
    static final String USAGE_SQL = """
            WITH open_piece AS MATERIALIZED (
                SELECT o.open_key, o.day, tstzrange(to_timestamp(o.s), to_timestamp(o.e), '[)') AS r
                FROM unnest(?::uuid[], ?::int[], ?::bigint[], ?::bigint[]) AS o(open_key, day, s, e)
            ), sp AS (
                SELECT s.id, s.venue_id, v.timezone AS tz, s.capacity, s.booking_mode = 'SHARED' AS shared,
                       CASE WHEN s.own_schedule IS NULL THEN s.venue_id ELSE s.id END AS open_key
                FROM space s JOIN venue v ON v.id = s.venue_id
                WHERE s.venue_id = ANY(?::uuid[]) AND s.active
            ), used_day AS MATERIALIZED (
                SELECT sp.venue_id, sp.id AS space_id, sp.tz, sp.shared, sp.capacity, sp.open_key, b.member_id, b.seats,
                       true AS booked, tstzrange(b.starts_at, b.ends_at, '[)') AS r,
                       d.day::date - date '1970-01-01' AS day
                FROM booking b
                JOIN sp ON sp.id = b.space_id
                -- A booking meets the open pieces of every local day it spans (one across midnight counts on both).
                CROSS JOIN LATERAL generate_series((b.starts_at AT TIME ZONE sp.tz)::date,
                                                   ((b.ends_at - interval '1 microsecond') AT TIME ZONE sp.tz)::date,
                                                   interval '1 day') AS d(day)
                WHERE b.venue_id = ANY(?::uuid[]) AND b.status = 'CONFIRMED'
                  AND b.starts_at >= ?::timestamptz - interval '2 days' AND b.starts_at < ?::timestamptz
                UNION ALL
                SELECT sp.venue_id, sp.id, sp.tz, sp.shared, sp.capacity, sp.open_key, NULL, 0, false, k.r,
                       d.day::date - date '1970-01-01'
                FROM (SELECT space_id, unnest(range_agg(tstzrange(starts_at, ends_at, '[)'))) AS r
                      FROM block
                      WHERE space_id IN (SELECT s.id FROM space s WHERE s.venue_id = ANY(?::uuid[]))
                        AND ends_at > ?::timestamptz AND starts_at < ?::timestamptz
                      GROUP BY space_id) k
                JOIN sp ON sp.id = k.space_id
                CROSS JOIN LATERAL generate_series((lower(k.r) AT TIME ZONE sp.tz)::date,
                                                   ((upper(k.r) - interval '1 microsecond') AT TIME ZONE sp.tz)::date,
                                                   interval '1 day') AS d(day)
            ), clipped AS MATERIALIZED (
                SELECT u.venue_id, u.space_id, u.member_id, u.booked,
                       CASE WHEN u.shared THEN u.seats::float8 / u.capacity ELSE 1 END AS room_share,
                       CASE WHEN u.shared THEN u.seats ELSE 0 END AS shared_seats,
                       date_trunc('day', x.local_start) AS local_day, extract(isodow FROM x.local_start)::int AS dow,
                       extract(epoch FROM x.local_start - date_trunc('day', x.local_start)) AS start_s, x.seconds
                FROM used_day u
                JOIN open_piece o ON o.open_key = u.open_key AND o.day = u.day AND o.r && u.r
                CROSS JOIN LATERAL (SELECT lower(u.r * o.r) AT TIME ZONE u.tz AS local_start,
                                           extract(epoch FROM upper(u.r * o.r) - lower(u.r * o.r)) AS seconds) x
            ), piece AS (
                SELECT c.venue_id, c.space_id, c.member_id, c.booked, c.room_share, c.shared_seats, c.local_day, c.dow,
                       h.hour, least(c.start_s + c.seconds, (h.hour + 1) * 3600) - greatest(c.start_s, h.hour * 3600) AS seconds
                FROM clipped c
                CROSS JOIN LATERAL generate_series(floor(c.start_s / 3600)::int, ceil((c.start_s + c.seconds) / 3600)::int - 1) AS h(hour)
            ), by_bucket AS (
                SELECT GROUPING(venue_id, space_id, bucket) AS level, venue_id, space_id, bucket, NULL::int AS dow, NULL::int AS hour,
                       coalesce(sum(seconds * room_share) FILTER (WHERE booked), 0) AS booked_s,
                       coalesce(sum(seconds * shared_seats) FILTER (WHERE booked), 0) AS seat_s,
                       coalesce(sum(seconds) FILTER (WHERE NOT booked), 0) AS blocked_s,
                       count(DISTINCT member_id) AS members
                FROM (SELECT *, %s AS bucket FROM %s) t
                GROUP BY GROUPING SETS ((venue_id, space_id, bucket), (venue_id, space_id), (venue_id, bucket), (venue_id), ())
            ), by_cell AS (
                SELECT %d AS level, venue_id, NULL::uuid, NULL::timestamp, dow, hour, sum(seconds * room_share), 0, 0, 0
                FROM piece
                WHERE booked
                GROUP BY venue_id, dow, hour
            )
            SELECT * FROM by_bucket
            UNION ALL
            SELECT * FROM by_cell
            """;

    static final String NO_SHOW_SQL = """
            WITH period AS (
                SELECT * FROM unnest(?::uuid[], ?::bigint[], ?::bigint[]) AS p(venue_id, s, e)
            ), started AS (
                SELECT b.venue_id, b.space_id, b.status, date_trunc(?, b.starts_at AT TIME ZONE v.timezone) AS bucket
                FROM booking b
                JOIN venue v ON v.id = b.venue_id
                JOIN space s ON s.id = b.space_id AND s.active
                JOIN period p ON p.venue_id = b.venue_id
                WHERE b.venue_id = ANY(?::uuid[]) AND b.status IN ('CONFIRMED', 'NO_SHOW')
                  AND b.starts_at >= ?::timestamptz AND b.starts_at < ?::timestamptz
                  AND b.starts_at >= to_timestamp(p.s) AND b.starts_at < least(to_timestamp(p.e), ?::timestamptz)
            )
            SELECT GROUPING(venue_id, space_id, bucket) AS level, venue_id, space_id, bucket,
                   count(*) FILTER (WHERE status = 'NO_SHOW') AS no_shows, count(*) AS started
            FROM started
            GROUP BY GROUPING SETS ((venue_id, space_id, bucket), (venue_id, space_id), (venue_id, bucket), (venue_id), ())
            """;
}
