package fr.coopconnect.booking;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChangeCursorTest {

    @Test
    void itReadsTheRunningTransactionsOfASnapshot() {
        assertEquals("{}", ChangeCursor.at(7, "740:740:", 0).runningXidsLiteral());
        assertEquals("{741,745}", ChangeCursor.at(7, "741:750:741,745", 0).runningXidsLiteral());
        assertEquals(7, ChangeCursor.at(7, "741:750:741,745", 0).lastSeq());
        assertThrows(IllegalArgumentException.class, () -> ChangeCursor.at(7, "741", 0));
    }

    @Test
    void itMovesToTheHighestSequenceReadAndTheNewSnapshotsRunningTransactions() {
        ChangeCursor cursor = ChangeCursor.at(7, "741:750:741,745", 0).next(12, "745:760:745,759");

        assertEquals(12, cursor.lastSeq());
        assertEquals("{745,759}", cursor.runningXidsLiteral());
        assertEquals(12, cursor.next(3, "760:760:").lastSeq(), "a late row of a running transaction does not move it back");
    }

    @Test
    void itKnowsWhereTheRowsStillToReadLie() {
        ChangeCursor read = ChangeCursor.at(7, "741:750:741,745", 5);
        assertEquals(5, read.unreadAbove(), "running when the copy was read: only a pruning past the mark then can reach them");

        ChangeCursor next = read.next(12, "745:760:745,759");
        assertEquals(5, next.unreadAbove(), "745 still runs");

        assertEquals(7, next.next(20, "759:770:759").unreadAbove(), "759 was first seen after 7 had been read");
        assertEquals(20, next.next(20, "770:770:").unreadAbove(), "nothing runs: only what comes after 20");
    }

    /** A log row: its sequence number, its transaction, the booking it changed. */
    record Row(long seq, long xid, int booking) {
    }

    /**
     * PostgreSQL as the log sees it, simulated: transactions take an id at their first write and sequence numbers as
     * they write, lock the bookings they change until they end, and commit or abort in any order; a reader's statement
     * sees the rows of the transactions committed before it; a pruner moves its mark forward and deletes the committed
     * rows up to it.
     */
    static final class SimulatedLog {
        long nextXid = 100;
        long nextSeq = 1;
        int handles;
        long prunedBelow;
        final Map<Integer, List<Row>> running = new LinkedHashMap<>(); // by transaction handle
        final Map<Integer, Long> xids = new HashMap<>();
        final Map<Integer, Integer> locks = new HashMap<>(); // booking -> transaction handle
        final List<Row> committed = new ArrayList<>();
        final Set<Row> pruned = new java.util.HashSet<>();

        void act(int action) {
            int kind = action % 6;
            int pick = action / 6;
            List<Integer> open = new ArrayList<>(running.keySet());
            if (kind == 0 || open.isEmpty()) {
                running.put(handles++, new ArrayList<>());
            } else if (kind == 1) {
                int tx = open.get(pick % open.size());
                int booking = pick % 4;
                Integer holder = locks.get(booking);
                if (holder == null || holder == tx) {
                    locks.put(booking, tx);
                    long xid = xids.computeIfAbsent(tx, t -> nextXid++);
                    running.get(tx).add(new Row(nextSeq++, xid, booking));
                }
            } else if (kind == 2 || kind == 3) {
                int tx = open.get(pick % open.size());
                List<Row> rows = running.remove(tx);
                if (kind == 2) {
                    committed.addAll(rows);
                }
                locks.values().removeIf(holder -> holder == tx);
            } else if (kind == 5 && nextSeq - 1 > prunedBelow) {
                // Changeset 059: a pruning moves the mark forward and deletes the committed rows up to it.
                long upTo = prunedBelow + 1 + pick % (nextSeq - 1 - prunedBelow);
                committed.stream().filter(row -> row.seq() <= upTo).forEach(pruned::add);
                prunedBelow = upTo;
            }
        }

        void commitAll() {
            running.values().forEach(committed::addAll);
            running.clear();
        }

        /** The committed rows the cursor selects, by sequence number, pruned ones included. */
        List<Row> selected(ChangeCursor cursor) {
            Set<Long> runningXids = Arrays.stream(cursor.runningXidsLiteral().replaceAll("[{}]", "").split(","))
                    .filter(s -> !s.isEmpty()).map(Long::parseLong).collect(Collectors.toSet());
            return committed.stream().filter(row -> row.seq() > cursor.lastSeq() || runningXids.contains(row.xid()))
                    .sorted(Comparator.comparingLong(Row::seq)).toList();
        }

        /** The snapshot of a statement now, as pg_current_snapshot() writes it. */
        String snapshot() {
            List<Long> inProgress = running.keySet().stream().filter(xids::containsKey).map(xids::get).sorted().toList();
            long xmin = inProgress.isEmpty() ? nextXid : inProgress.get(0);
            return xmin + ":" + nextXid + ":" + inProgress.stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        long maxVisibleSeq() {
            return committed.stream().mapToLong(Row::seq).max().orElse(0);
        }
    }

    /**
     * Read with the cursor, every committed row comes exactly once, and each booking's rows in the order of their
     * commits.
     */
    @Property(tries = 1000)
    void everyCommittedRowIsReadOnceAndEachBookingsInCommitOrder(@ForAll("actions") List<Integer> actions) {
        SimulatedLog log = new SimulatedLog();
        List<Row> read = new ArrayList<>();
        ChangeCursor cursor = ChangeCursor.at(0, "100:100:", 0);
        for (int action : actions) {
            if (action % 6 == 4) {
                cursor = look(log, cursor, read);
            } else if (action % 6 != 5) {
                log.act(action);
            }
        }
        log.commitAll();
        look(log, cursor, read);

        assertEquals(log.committed.stream().sorted(Comparator.comparingLong(Row::seq)).toList(),
                read.stream().sorted(Comparator.comparingLong(Row::seq)).toList(), "each committed row once");
        for (int booking = 0; booking < 4; booking++) {
            int b = booking;
            assertEquals(log.committed.stream().filter(row -> row.booking() == b).toList(),
                    read.stream().filter(row -> row.booking() == b).toList(), "booking " + b + " in commit order");
        }
    }

    /**
     * With a pruner at work, whenever a look would have needed a pruned row the cursor says so (the pruning mark is
     * above {@link ChangeCursor#unreadAbove()}), and the copy is read again from a new snapshot.
     */
    @Property(tries = 1000)
    void aPrunedRowTheCursorStillNeedsIsAlwaysNoticed(@ForAll("actions") List<Integer> actions) {
        SimulatedLog log = new SimulatedLog();
        ChangeCursor cursor = ChangeCursor.at(0, "100:100:", 0);
        for (int action : actions) {
            if (action % 6 != 4) {
                log.act(action);
                continue;
            }
            List<Row> selected = log.selected(cursor);
            boolean lost = selected.stream().anyMatch(log.pruned::contains);
            if (log.prunedBelow > cursor.unreadAbove()) {
                cursor = ChangeCursor.at(log.maxVisibleSeq(), log.snapshot(), log.prunedBelow);
            } else {
                assertFalse(lost, "a needed row was pruned unnoticed: " + selected);
                cursor = cursor.next(selected.stream().mapToLong(Row::seq).max().orElse(0), log.snapshot());
            }
        }
    }

    /** One statement: the committed rows the cursor selects, by sequence number, and the cursor moved on. */
    private static ChangeCursor look(SimulatedLog log, ChangeCursor cursor, List<Row> read) {
        List<Row> selected = log.selected(cursor);
        read.addAll(selected);
        return cursor.next(selected.stream().mapToLong(Row::seq).max().orElse(0), log.snapshot());
    }

    @Provide
    Arbitrary<List<Integer>> actions() {
        return Arbitraries.integers().between(0, 999).list().ofMaxSize(80);
    }
}
