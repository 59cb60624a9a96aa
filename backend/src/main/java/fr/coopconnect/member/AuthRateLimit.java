package fr.coopconnect.member;

import fr.coopconnect.common.ProblemMappers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Per-client-IP limit on {@code /api/v1/auth/*} (sign-in and registration): at most
 * {@code coopconnect.auth.rate-limit} requests per minute, then 429 problem+json with Retry-After.
 * The counter lives in PostgreSQL (one upsert per request), so the limit is the same whichever
 * replica answers and survives restarts. Behind a reverse proxy, enable
 * {@code quarkus.http.proxy.proxy-address-forwarding} so the client's address is the one counted.
 */
@ApplicationScoped
public class AuthRateLimit {

    private static final String PATH = "/api/v1/auth/";

    @ConfigProperty(name = "coopconnect.auth.rate-limit", defaultValue = "20")
    int perMinute;

    @Inject
    AgroalDataSource dataSource;

    @ServerRequestFilter
    public Response limit(ContainerRequestContext context, HttpServerRequest request) throws SQLException {
        if (perMinute <= 0 || !request.path().startsWith(PATH)) {
            return null;
        }
        String ip = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (count(ip) <= perMinute) {
            return null;
        }
        long retryAfter = 60 - Instant.now().getEpochSecond() % 60;
        return Response.fromResponse(ProblemMappers.plain(context.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), 429, "too-many-requests"))
                .header("Retry-After", String.valueOf(retryAfter)).build();
    }

    private int count(String ip) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO auth_attempt (client_ip, window_start, attempts)"
                     + " VALUES (?, date_trunc('minute', now()), 1) ON CONFLICT (client_ip, window_start)"
                     + " DO UPDATE SET attempts = auth_attempt.attempts + 1 RETURNING attempts")) {
            s.setString(1, ip.length() > 64 ? ip.substring(0, 64) : ip);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Scheduled(every = "5m", delayed = "1m")
    void forgetOldWindows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM auth_attempt WHERE window_start < now() - interval '5 minutes'");
        }
    }
}
