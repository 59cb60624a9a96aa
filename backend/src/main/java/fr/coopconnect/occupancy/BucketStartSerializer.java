package fr.coopconnect.occupancy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a bucket start exactly as Jackson's default for {@link LocalDateTime} does ("2027-03-01T09:00:00"), without
 * going through {@link DateTimeFormatter} for whole hours: a year of day buckets for 50 venues holds 108,000 of them,
 * and the formatter allocated about a kilobyte for each (JFR), which made the report's garbage collections.
 */
public class BucketStartSerializer extends StdSerializer<LocalDateTime> {

    public BucketStartSerializer() {
        super(LocalDateTime.class);
    }

    @Override
    public void serialize(LocalDateTime start, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(format(start));
    }

    static String format(LocalDateTime start) {
        if (start.getMinute() != 0 || start.getSecond() != 0 || start.getNano() != 0) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(start);
        }
        return start.toLocalDate() + (start.getHour() < 10 ? "T0" : "T") + start.getHour() + ":00:00";
    }
}
