package fr.coopconnect.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ids, enum values, numbers and booleans in paths and queries: a malformed one is the client's mistake (400
 * naming the parameter), not an unknown resource (the REST layer's default 404).
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(UUID::fromString, name, "field.uuid", null);
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(Integer::valueOf, name, "field.integer", null);
        }
        if (rawType == double.class || rawType == Double.class) {
            return (ParamConverter<T>) converter(StrictParamConverters::finiteDouble, name, "field.number", null);
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) converter(StrictParamConverters::strictBoolean, name, "field.boolean", null);
        }
        if (rawType.isEnum()) {
            String allowed = Arrays.stream(rawType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return converter(value -> (T) Enum.valueOf((Class) rawType, value), name, "field.enum", allowed);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse, String name, String messageKey, String allowed) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return value == null ? null : parse.apply(value.trim());
                } catch (IllegalArgumentException malformed) {
                    throw ProblemException.badRequest(name, messageKey, value, allowed);
                }
            }

            @Override
            public String toString(T value) {
                return value.toString();
            }
        };
    }

    private static Double finiteDouble(String value) {
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(value);
        }
        return number;
    }

    /** Only "true" or "false": Boolean.valueOf would read any other word as false. */
    private static Boolean strictBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "parameter";
    }
}
