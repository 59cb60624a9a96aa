package fr.coopconnect.bench;

import org.HdrHistogram.Histogram;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load over plain HTTP/1.1 keep-alive connections: request i is due at t0 + i/rate and its latency
 * runs from that due time, however late the generator or the server was (no coordinated omission). Each of the
 * worker threads owns one connection; a free worker claims the next request, sleeps until it is due, writes it and
 * reads the whole response on its own thread. A request waits only when every connection is busy, and that wait
 * is in its latency.
 * <p>
 * Why not {@code java.net.http.HttpClient}: its selector thread, executor and futures hand every response over
 * between threads; on two cores shared with the backend and PostgreSQL that cost 0.5–1 ms per request of the
 * generator's own time, measured as the server's (bench/README.md).
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
                Connection connection = null;
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
                            connection = new Connection(host, port, timeoutMs);
                        }
                        Response response = connection.get(paths.get(i));
                        failure = response.status == 200 ? null : response.status + " " + response.firstLine();
                        if (response.closes) {
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

    private record Response(int status, byte[] body, boolean closes) {
        String firstLine() {
            return new String(body, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
    }

    /** One keep-alive HTTP/1.1 connection: a request written, its whole response read, on the calling thread. */
    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final String host;

        Connection(String host, int port, int timeoutMs) throws IOException {
            this.host = host;
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMs);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream());
        }

        Response get(String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String statusLine = line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x status line: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> closes = value.contains("close");
                    default -> {
                    }
                }
            }
            byte[] body;
            if (chunked) {
                var bytes = new java.io.ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    bytes.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) { // trailers
                }
                body = bytes.toByteArray();
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
                if (body.length < length) {
                    throw new EOFException("connection closed by the server in a response");
                }
            } else {
                throw new IOException("response without a length");
            }
            return new Response(status, body, closes);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection already broken
            }
        }
    }
}
