package fr.coopconnect.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;


/** A problem+json answer written straight to Vert.x, for the few refusals made before the REST layer. */
final class RawProblem {

    private RawProblem() {
    }

    static void send(RoutingContext ctx, ObjectMapper json, int status, String slug) {
        Object problem = ProblemMappers.plain(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), status, slug).getEntity();
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
