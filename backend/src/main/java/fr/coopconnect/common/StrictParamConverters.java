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
 * Ids and enum values in paths and queries: a malformed one is the client's mistake (400 naming
 * the parameter), not an unknown resource (the REST layer's default 404).
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
