package fr.coopconnect.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IsoOffsetDateTimeSerializerTest {

    /** As the application's mapper: JSR-310 types, dates as text, then the customisation under test. */
    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new JacksonConfig().customize(mapper);
        return mapper;
    }

    /** Any instant of years -20000..20000, at any offset, whole seconds or not, whole minutes of offset or not. */
    @Provide
    Arbitrary<OffsetDateTime> anyDateTime() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(-693_000_000_000L, 568_000_000_000L);
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        Arbitrary<Integer> offsets = Arbitraries.oneOf(Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> m * 60),
                Arbitraries.integers().between(-18 * 3600, 18 * 3600), Arbitraries.just(0));
        return Combinators.combine(seconds, nanos, offsets).as((s, n, o) ->
                Instant.ofEpochSecond(s, n).atOffset(ZoneOffset.ofTotalSeconds(o)));
    }

    /** The usual case: whole seconds, years 0..9999, offsets of whole minutes. */
    @Provide
    Arbitrary<OffsetDateTime> usualDateTime() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(-62_167_000_000L + 2 * 86_400, 253_402_000_000L - 2 * 86_400);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> m * 60);
        return Combinators.combine(seconds, offsets).as((s, o) -> Instant.ofEpochSecond(s).atOffset(ZoneOffset.ofTotalSeconds(o)));
    }

    record At(OffsetDateTime at) {
    }

    record AtSeconds(@JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) OffsetDateTime at) {
    }

    @Property(tries = 5000)
    void writesWhatTheIsoFormatterWrites(@ForAll("anyDateTime") OffsetDateTime value) throws Exception {
        String iso = "\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value) + "\"";
        assertEquals(iso, MAPPER.writeValueAsString(value));
        assertEquals("{\"at\":" + iso + "}", MAPPER.writeValueAsString(new At(value)));
    }

    @Example
    void leavesAJsonFormatToJackson() throws Exception {
        assertEquals("{\"at\":1767261600000}", MAPPER.writeValueAsString(new AtSeconds(OffsetDateTime.parse("2026-01-01T10:00:00Z"))));
    }

    @Property(tries = 5000)
    void takesTheShortWayForUsualValues(@ForAll("usualDateTime") OffsetDateTime value) {
        String text = IsoOffsetDateTimeSerializer.format(value);
        assertNotNull(text, value::toString);
        assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value), text);
    }
}
