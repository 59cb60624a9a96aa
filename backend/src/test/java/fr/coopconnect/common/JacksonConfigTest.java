package fr.coopconnect.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The application's mapper, as Quarkus builds it: this project's serializers win over the JSR-310 module's. */
@QuarkusTest
class JacksonConfigTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void writesDateTimesThroughTheIsoSerializer() throws Exception {
        assertInstanceOf(IsoOffsetDateTimeSerializer.class,
                mapper.getSerializerProviderInstance().findTypedValueSerializer(OffsetDateTime.class, true, null));
        assertEquals("\"2026-12-08T14:00:00+01:00\"", mapper.writeValueAsString(OffsetDateTime.parse("2026-12-08T14:00+01:00")));
    }

    @Test
    void writesWallClockTimesAsHoursAndMinutes() throws Exception {
        assertEquals("\"08:00\"", mapper.writeValueAsString(LocalTime.of(8, 0)));
    }
}
