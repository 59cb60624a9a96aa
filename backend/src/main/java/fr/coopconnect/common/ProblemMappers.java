package fr.coopconnect.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns every exception into RFC 9457 problem+json, in the caller's language, never with a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers) {
        Response response = respond(headers, e.status(), e.slug(), e.errors(), e.args());
        if (!e.conflicts().isEmpty()) {
            Locale locale = localeOf(headers);
            Problem problem = (Problem) response.getEntity();
            List<Problem.DateConflict> conflicts = e.conflicts().stream().map(c -> new Problem.DateConflict(c.date(), c.start(),
                    c.end(), c.slug(), Messages.text(locale, "detail." + c.slug(), c.figure()))).toList();
            response = Response.fromResponse(response).entity(new Problem(problem.type(), problem.title(), problem.status(),
                    problem.detail(), problem.errors(), conflicts)).build();
        }
        if (e.headers().isEmpty()) {
            return response;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(response);
        e.headers().forEach(withHeaders::header);
        return withHeaders.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(headers, 400, "validation", errors);
    }

    /** Unreadable bodies: broken JSON, wrong types, unknown enum values, objects that refuse their values. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String allowed = target != null && target.isEnum()
                    ? Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                    : null;
            return respond(headers, 400, "validation",
                    List.of(new Problem.FieldError(pathOf(invalid), allowed != null ? "field.enum" : "field.invalid")),
                    String.valueOf(invalid.getValue()), allowed);
        }
        if (e instanceof ValueInstantiationException refused) {
            Throwable cause = refused.getCause() != null ? refused.getCause() : refused;
            if (cause instanceof ProblemException problem) {
                return problem(problem, headers);
            }
            String field = pathOf(refused);
            return respond(headers, 400, "validation",
                    List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, cause.getMessage())));
        }
        if (e instanceof JsonMappingException mapping && !pathOf(mapping).isEmpty()) {
            return respond(headers, 400, "validation", List.of(new Problem.FieldError(pathOf(mapping), "field.wrong-type")));
        }
        return respond(headers, 400, "malformed-json", List.of(), e.getOriginalMessage());
    }

    /** Registered for this subtype too, or the REST layer's own mapper for it would win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers) {
        return unreadableJson(e, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return unauthenticated(headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        return unauthenticated(headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return respond(headers, 403, "forbidden", List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        return respond(headers, status, slugOfStatus(status), List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers) {
        return respond(headers, 409, "version-conflict", List.of());
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpHeaders headers) {
        return respond(headers, 409, "version-conflict", List.of());
    }

    /** Anything else: a database verdict that the client must hear about, or a real server fault. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        for (Throwable t : causesOf(e)) {
            if (t instanceof ProblemException problem) {
                return problem(problem, headers);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return optimisticLock(null, headers);
            }
            if (t instanceof SQLException sql) {
                Response mapped = fromSqlState(sql, headers);
                if (mapped != null) {
                    return mapped;
                }
            }
        }
        LOG.error("Unexpected server error", e);
        return respond(headers, 500, "internal", List.of());
    }

    /**
     * The exception, its causes and what they suppressed: a failed commit reports the database's
     * verdict (a lost connection, say) as a suppressed exception of its RollbackException.
     */
    private static List<Throwable> causesOf(Throwable e) {
        List<Throwable> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(List.of(e));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty() && all.size() < 50) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        return all;
    }

    private Response fromSqlState(SQLException e, HttpHeaders headers) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal reports an exhausted or unreachable pool without a SQLSTATE
            // ("Acquisition timeout while waiting for new connection").
            return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")
                    ? respond(headers, 503, "unavailable", List.of()) : null;
        }
        return switch (state) {
            case "23P01" -> respond(headers, 409, "slot-taken", List.of());
            case "23505" -> respond(headers, 409, "conflict", List.of());
            // Still referenced (a space or venue that has bookings): keep it, deactivate it instead.
            case "23503" -> respond(headers, 409, "in-use", List.of());
            case "55P03", "40001", "40P01" -> respond(headers, 409, "busy", List.of());
            case "57014" -> respond(headers, 503, "unavailable", List.of());
            // 08: connection lost or refused; 57P: server shutting down; 53: out of connections, memory or disk.
            // 22: the database refused a value the client sent (out of range, NUL byte, too long).
            default -> state.startsWith("22") ? respond(headers, 400, "bad-request", List.of())
                    : state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                    ? respond(headers, 503, "unavailable", List.of()) : null;
        };
    }

    private Response unauthenticated(HttpHeaders headers) {
        return Response.fromResponse(respond(headers, 401, "unauthorized", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A problem+json answer without field errors, for filters that answer before any resource runs. */
    public static Response plain(String acceptLanguage, int status, String slug) {
        return respond(acceptLanguage, status, slug, List.of());
    }

    static Response respond(HttpHeaders headers, int status, String slug, List<Problem.FieldError> errors, Object... args) {
        return respond(acceptLanguageOf(headers), status, slug, errors, args);
    }

    private static Response respond(String acceptLanguage, int status, String slug, List<Problem.FieldError> errors, Object... args) {
        Locale locale = Messages.localeOf(acceptLanguage);
        Object[] localizedArgs = Arrays.stream(args)
                .map(a -> a instanceof String key && Messages.isKnown(key) ? Messages.text(locale, key) : a)
                .toArray();
        List<Problem.FieldError> localizedErrors = errors.stream()
                .map(f -> new Problem.FieldError(f.field(), Messages.text(locale, f.message(), localizedArgs)))
                .toList();
        Problem problem = new Problem(Problem.TYPE_PREFIX + slug, Messages.text(locale, "title." + slug), status,
                Messages.text(locale, "detail." + slug, localizedArgs), localizedErrors, List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Locale localeOf(HttpHeaders headers) {
        return Messages.localeOf(acceptLanguageOf(headers));
    }

    private static String acceptLanguageOf(HttpHeaders headers) {
        return headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static String slugOfStatus(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "bad-request";
        };
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable()) {
                    field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                // Container elements are named like "<list element>": the index already says which.
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return !field.isEmpty() ? field.toString() : parameter != null ? parameter : "request";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
