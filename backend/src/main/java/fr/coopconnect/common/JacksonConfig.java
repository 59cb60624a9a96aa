package fr.coopconnect.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Wall-clock times are written "08:00", as people and the OSM opening_hours syntax write them; date-times as
 * ISO-8601 with their offset, through {@link IsoOffsetDateTimeSerializer}.
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    /** After Quarkus's own customizers, which register the JSR-310 module: its serializers would replace these. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule times = new SimpleModule("coopconnect-times");
        times.addSerializer(LocalTime.class, new LocalTimeSerializer(DateTimeFormatter.ofPattern("HH:mm")));
        times.addSerializer(OffsetDateTime.class, new IsoOffsetDateTimeSerializer());
        mapper.registerModule(times);
    }
}
