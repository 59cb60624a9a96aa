package fr.coopconnect.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection: a request written and its whole response read on the calling thread, with no
 * selector thread, executor or future between them. The bench's clients use it wherever they measure (the open-model
 * phases, booking, contention) so that the generator's own CPU, taken from the same two cores as the backend's,
 * stays small: {@code java.net.http.HttpClient} cost 0.5–1.5 ms of it per request here (bench/README.md).
 */
final class HttpConnection implements AutoCloseable {

    /** A response: its status, its body, and whether the server closes the connection after it. */
    record Response(int status, byte[] body, boolean closes) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String firstLine() {
            return text().lines().findFirst().orElse("");
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;

    HttpConnection(String host, int port, int timeoutMs) throws IOException {
        this.host = host;
        socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), timeoutMs);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMs);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = new BufferedOutputStream(socket.getOutputStream());
    }

    Response get(String path) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n", new byte[0]);
    }

    /** POSTs a JSON body with a bearer token. */
    Response post(String path, String token, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n"
                + "Content-Type: application/json\r\nAuthorization: Bearer " + token + "\r\nContent-Length: " + body.length
                + "\r\n\r\n", body);
    }

    private Response send(String head, byte[] body) throws IOException {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
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
        byte[] content;
        if (chunked) {
            var bytes = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                bytes.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) { // trailers
            }
            content = bytes.toByteArray();
        } else if (length >= 0) {
            content = in.readNBytes((int) length);
            if (content.length < length) {
                throw new EOFException("connection closed by the server in a response");
            }
        } else {
            throw new IOException("response without a length");
        }
        return new Response(status, content, closes);
    }

    private int chunkSize() throws IOException {
        return Integer.parseInt(line().split(";")[0].trim(), 16);
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

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a connection already broken
        }
    }
}
