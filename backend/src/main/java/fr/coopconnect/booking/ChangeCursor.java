package fr.coopconnect.booking;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a replica stands in the booking change log (changeset 058): the highest sequence number it has read, and the
 * transactions still running when it read. A transaction takes its sequence numbers before it commits, so one still
 * running may later commit rows numbered below the highest read: those are found again by transaction id. Read
 * {@code seq > lastSeq OR xid IN runningXids} at each step and every committed row comes once, and the rows of one
 * booking in the order of their commits (its row lock orders them).
 * <p>
 * For each running transaction the cursor also keeps a number its rows lie above — the highest read before the look
 * that first saw it running: had it taken a number before that look, it would have been running then — so that a
 * pruned log is noticed as soon as it may have removed a row the cursor still needs.
 */
public final class ChangeCursor {

    private final long lastSeq;
    private final long[] runningXids;
    /** For each running transaction, a sequence number its rows lie above, or that a pruning must pass to reach them. */
    private final long[] rowsAbove;

    private ChangeCursor(long lastSeq, long[] runningXids, long[] rowsAbove) {
        this.lastSeq = lastSeq;
        this.runningXids = runningXids;
        this.rowsAbove = rowsAbove;
    }

    /**
     * The cursor of a copy read in {@code snapshot} (PostgreSQL's {@code pg_snapshot} text, "xmin:xmax:xip,…"), where
     * {@code lastSeq} was the highest sequence number visible and the log was pruned up to {@code prunedBelow}. The
     * running transactions' rows may lie anywhere, but no pruning before the read could delete them (they were not
     * committed): only a later one, which moves the mark above {@code prunedBelow}, can.
     */
    public static ChangeCursor at(long lastSeq, String snapshot, long prunedBelow) {
        long[] running = running(snapshot);
        long[] above = new long[running.length];
        Arrays.fill(above, prunedBelow);
        return new ChangeCursor(lastSeq, running, above);
    }

    /** The cursor after reading, in {@code snapshot}, the rows this one selects; the highest of them was {@code maxSeqRead}. */
    public ChangeCursor next(long maxSeqRead, String snapshot) {
        long[] running = running(snapshot);
        long[] above = new long[running.length];
        for (int i = 0; i < running.length; i++) {
            int known = indexOf(running[i]);
            above[i] = known >= 0 ? rowsAbove[known] : lastSeq;
        }
        return new ChangeCursor(Math.max(lastSeq, maxSeqRead), running, above);
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** Every row this cursor still has to read lies above this number: a log pruned up to it or beyond may have lost some. */
    public long unreadAbove() {
        return Arrays.stream(rowsAbove).reduce(lastSeq, Math::min);
    }

    /** The running transactions as a PostgreSQL array literal, for {@code xid = ANY(?::xid8[])}. */
    public String runningXidsLiteral() {
        return Arrays.stream(runningXids).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private int indexOf(long xid) {
        for (int i = 0; i < runningXids.length; i++) {
            if (runningXids[i] == xid) {
                return i;
            }
        }
        return -1;
    }

    private static long[] running(String snapshot) {
        String[] parts = snapshot.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a pg_snapshot: " + snapshot);
        }
        return parts[2].isEmpty() ? new long[0] : Arrays.stream(parts[2].split(",")).mapToLong(Long::parseLong).toArray();
    }
}
