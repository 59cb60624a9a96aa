package fr.coopconnect.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load over plain HTTP/1.1 keep-alive connections: request i is due at t0 + i/rate and its latency
 * runs from that due time, however late the generator or the server was (no coordinated omission). Each of the
 * worker threads owns one connection; a free worker claims the next request, sleeps until it is due, writes it and
 * reads the whole response on its own thread ({@link HttpConnection}). A request waits only when every connection
 * is busy, and that wait is in its latency.
 */
final class OpenLoad {

    /** Latencies (ns) of the requests, the count of non-200 answers and transport errors, and the first few of them. */
    record Outcome(Histogram latencies, int errors, List<String> errorSamples) {
    }

    private final String host;
    private final int port;
    private final int connections;
    private final int timeoutMs;

    OpenLoad(String host, int port, int connections, int timeoutMs) {
        this.host = host;
        this.port = port;
        this.connections = connections;
        this.timeoutMs = timeoutMs;
    }

    /** GETs {@code paths} in order, {@code rate} per second from a little after now. */
    Outcome run(List<String> paths, int rate) throws InterruptedException {
        long period = 1_000_000_000L / rate;
        long t0 = System.nanoTime() + 20_000_000L;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(connections, paths.size()); w++) {
            Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
            histograms.add(h);
            Thread worker = new Thread(() -> {
                HttpConnection connection = null;
                int i;
                while ((i = next.getAndIncrement()) < paths.size()) {
                    long due = t0 + i * period;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    String failure;
                    try {
                        if (connection == null) {
                            connection = new HttpConnection(host, port, timeoutMs);
                        }
                        HttpConnection.Response response = connection.get(paths.get(i));
                        failure = response.status() == 200 ? null : response.status() + " " + response.firstLine();
                        if (response.closes()) {
                            connection.close();
                            connection = null;
                        }
                    } catch (IOException e) {
                        failure = e.toString();
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                    h.recordValue(Math.min(System.nanoTime() - due, h.getHighestTrackableValue()));
                    if (failure != null && errors.incrementAndGet() <= 3) {
                        samples.add(failure);
                    }
                }
                if (connection != null) {
                    connection.close();
                }
            }, "open-load-" + w);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        Histogram all = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        for (int w = 0; w < workers.size(); w++) {
            workers.get(w).join();
            all.add(histograms.get(w));
        }
        return new Outcome(all, errors.get(), List.copyOf(samples));
    }
}
