package fr.coopconnect.occupancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BucketStartSerializerTest {

    static final ObjectMapper JACKSON_DEFAULT = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Whole hours (every bucket start) and arbitrary instants (the fallback), from year 1 to 9999. */
    @Provide
    Arbitrary<LocalDateTime> localTimes() {
        Arbitrary<LocalDateTime> any = Arbitraries.longs().between(0, ChronoUnit.SECONDS.between(
                        LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59)))
                .map(seconds -> LocalDateTime.of(1, 1, 1, 0, 0).plusSeconds(seconds));
        return Arbitraries.oneOf(any.map(time -> time.truncatedTo(ChronoUnit.HOURS)), any,
                any.map(time -> time.withNano(123_000_000)));
    }

    @Property
    void writesWhatJacksonWritesByDefault(@ForAll("localTimes") LocalDateTime start) throws Exception {
        assertEquals(JACKSON_DEFAULT.writeValueAsString(start), "\"" + BucketStartSerializer.format(start) + "\"");
    }
}
