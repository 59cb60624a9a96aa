package fr.coopconnect.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Graceful shutdown, the part Quarkus leaves open: from SIGTERM on, new requests are refused with
 * 503 problem+json (Retry-After, Connection: close) and readiness is DOWN, so a load balancer or a
 * client retries on another replica; requests already in flight run to completion, which Quarkus
 * waits for up to {@code quarkus.shutdown.timeout} before it stops. (Quarkus itself keeps serving
 * new requests during that wait, only closing their connections.)
 */
@ApplicationScoped
@Readiness
public class Draining implements HealthCheck {

    private static final AtomicBoolean DRAINING = new AtomicBoolean();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        if (HOOKED.compareAndSet(false, true)) {
            // JVM shutdown hooks run together: this one flips the flag while Quarkus' own hook drains.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> DRAINING.set(true), "coopconnect-draining"));
        }
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> {
            if (DRAINING.get() && !ctx.request().path().startsWith("/q/")) {
                ctx.response().putHeader("Retry-After", "1");
                RawProblem.send(ctx, json, 503, "unavailable");
            } else {
                ctx.next();
            }
        });
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepting-requests").status(!DRAINING.get()).build();
    }
}
