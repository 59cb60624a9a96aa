package fr.coopconnect.booking;

import fr.coopconnect.timeline.TimeRange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The live bookings occupying time after an instant and starting before another, by space: what the slot search
 * reads instead of asking PostgreSQL. One thread changes it ({@link #apply}) while searches read it; each space's
 * bookings are replaced as a whole, so a reader sees every space either before or after a change. Times are held as
 * epoch microseconds, PostgreSQL's precision, in arrays per space: hundreds of thousands of bookings fit in a few
 * megabytes, and a search reads each space's bookings from a few contiguous arrays instead of one object each.
 */
public final class UpcomingBookings {

    /**
     * A booking's new state, as the change log (changeset 058) records it: {@code live} false for one cancelled,
     * released or deleted; {@code previousSpaceId} set when it may have moved. A change with no booking id means
     * everything changed (a TRUNCATE): no copy can follow it.
     */
    public record Change(UUID bookingId, UUID previousSpaceId, UUID spaceId, Instant start, Instant end,
                         Instant occupiedUntil, int seats, boolean live) {
        public boolean resetsEverything() {
            return bookingId == null;
        }
    }

    /** One space's bookings by start, column by column; never changed once built. */
    private record SpaceBookings(long[] idHigh, long[] idLow, long[] start, long[] end, long[] occupiedUntil,
                                 int[] seats) {

        static final SpaceBookings NONE = new SpaceBookings(new long[0], new long[0], new long[0], new long[0],
                new long[0], new int[0]);

        int size() {
            return start.length;
        }

        int indexOf(UUID id) {
            for (int i = 0; i < size(); i++) {
                if (idHigh[i] == id.getMostSignificantBits() && idLow[i] == id.getLeastSignificantBits()) {
                    return i;
                }
            }
            return -1;
        }

        /** The first index whose booking starts after {@code micros}, or {@link #size}. */
        int firstStartingAfter(long micros) {
            int low = 0;
            int high = size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (start[middle] <= micros) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        SpaceBookings with(UUID id, long startMicros, long endMicros, long occupiedUntilMicros, int bookedSeats) {
            int at = firstStartingAfter(startMicros);
            SpaceBookings next = sized(size() + 1);
            copy(this, 0, next, 0, at);
            copy(this, at, next, at + 1, size() - at);
            next.idHigh[at] = id.getMostSignificantBits();
            next.idLow[at] = id.getLeastSignificantBits();
            next.start[at] = startMicros;
            next.end[at] = endMicros;
            next.occupiedUntil[at] = occupiedUntilMicros;
            next.seats[at] = bookedSeats;
            return next;
        }

        SpaceBookings without(int index) {
            SpaceBookings next = sized(size() - 1);
            copy(this, 0, next, 0, index);
            copy(this, index + 1, next, index, size() - index - 1);
            return next;
        }

        private static SpaceBookings sized(int size) {
            return new SpaceBookings(new long[size], new long[size], new long[size], new long[size], new long[size],
                    new int[size]);
        }

        private static void copy(SpaceBookings from, int fromIndex, SpaceBookings to, int toIndex, int length) {
            System.arraycopy(from.idHigh, fromIndex, to.idHigh, toIndex, length);
            System.arraycopy(from.idLow, fromIndex, to.idLow, toIndex, length);
            System.arraycopy(from.start, fromIndex, to.start, toIndex, length);
            System.arraycopy(from.end, fromIndex, to.end, toIndex, length);
            System.arraycopy(from.occupiedUntil, fromIndex, to.occupiedUntil, toIndex, length);
            System.arraycopy(from.seats, fromIndex, to.seats, toIndex, length);
        }
    }

    private final Instant occupiedAfter;
    private final Instant startsBefore;
    private final Map<UUID, SpaceBookings> bySpace = new ConcurrentHashMap<>();
    private int size;
    /**
     * The longest any booking held occupied its space, in microseconds (it never shrinks): a booking occupying
     * time after an instant started at most this long before it, so a search skips the earlier ones at once.
     */
    private volatile long longestMicros;

    /**
     * An empty copy of the live bookings occupying time after {@code occupiedAfter} and starting before
     * {@code startsBefore}.
     */
    public UpcomingBookings(Instant occupiedAfter, Instant startsBefore) {
        this.occupiedAfter = occupiedAfter;
        this.startsBefore = startsBefore;
    }

    public Instant startsBefore() {
        return startsBefore;
    }

    /** Bookings held. */
    public int size() {
        return size;
    }

    /**
     * Whether this copy holds every live booking occupying some time after {@code occupiedFrom} and starting before
     * {@code startingBefore}.
     */
    public boolean covers(Instant occupiedFrom, Instant startingBefore) {
        return !occupiedFrom.isBefore(occupiedAfter) && !startingBefore.isAfter(startsBefore);
    }

    /** Brings the copy up to one change; changes must come in the order the log gives them. */
    public void apply(Change change) {
        if (change.resetsEverything()) {
            throw new IllegalArgumentException("A TRUNCATE cannot be applied: the copy must be read again");
        }
        if (change.previousSpaceId() != null && !change.previousSpaceId().equals(change.spaceId())) {
            remove(change.previousSpaceId(), change.bookingId());
        }
        remove(change.spaceId(), change.bookingId());
        if (change.live() && change.occupiedUntil().isAfter(occupiedAfter) && change.start().isBefore(startsBefore)) {
            add(change.spaceId(), change.bookingId(), change.start(), change.end(), change.occupiedUntil(), change.seats());
        }
    }

    /** Adds a live booking read with the copy. */
    public void add(UUID spaceId, UUID bookingId, Instant start, Instant end, Instant occupiedUntil, int seats) {
        long startMicros = micros(start);
        long occupiedUntilMicros = micros(occupiedUntil);
        longestMicros = Math.max(longestMicros, occupiedUntilMicros - startMicros);
        bySpace.put(spaceId, bySpace.getOrDefault(spaceId, SpaceBookings.NONE)
                .with(bookingId, startMicros, micros(end), occupiedUntilMicros, seats));
        size++;
    }

    private void remove(UUID spaceId, UUID bookingId) {
        SpaceBookings held = bySpace.get(spaceId);
        int index = held == null ? -1 : held.indexOf(bookingId);
        if (index < 0) {
            return;
        }
        if (held.size() == 1) {
            bySpace.remove(spaceId);
        } else {
            bySpace.put(spaceId, held.without(index));
        }
        size--;
    }

    /**
     * The space's live bookings occupying some time after {@code occupiedFrom} and starting before
     * {@code startingBefore}, by start; only for a window this copy {@link #covers}.
     */
    public List<Occupation> occupations(UUID spaceId, Instant occupiedFrom, Instant startingBefore) {
        SpaceBookings held = bySpace.getOrDefault(spaceId, SpaceBookings.NONE);
        long after = micros(occupiedFrom);
        long before = micros(startingBefore);
        List<Occupation> found = new ArrayList<>();
        for (int i = held.firstStartingAfter(after - longestMicros); i < held.size() && held.start[i] < before; i++) {
            if (held.occupiedUntil[i] > after) {
                found.add(new Occupation(new TimeRange(instant(held.start[i]), instant(held.end[i])),
                        instant(held.occupiedUntil[i]), held.seats[i]));
            }
        }
        return found;
    }

    /** The ids of the space's bookings held, by start: for tests comparing copies. */
    List<UUID> bookingIds(UUID spaceId) {
        SpaceBookings held = bySpace.getOrDefault(spaceId, SpaceBookings.NONE);
        return IntStream.range(0, held.size()).mapToObj(i -> new UUID(held.idHigh[i], held.idLow[i])).toList();
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }
}
