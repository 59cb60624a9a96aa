package fr.coopconnect.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.OffsetDateTimeSerializer;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Date-times as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes them, the usual case — whole seconds, a
 * four-digit year, an offset of whole minutes — without the formatter: a search answer holds hundreds of slot
 * times and the formatter was a third of its JSON cost. The text is the formatter's (property-tested). Anything
 * else — timestamps, a {@code @JsonFormat}, a context time zone — goes to Jackson's own serializer.
 */
public class IsoOffsetDateTimeSerializer extends StdSerializer<OffsetDateTime> implements ContextualSerializer {

    public IsoOffsetDateTimeSerializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
        JsonFormat.Value format = findFormatOverrides(provider, property, OffsetDateTime.class);
        boolean plain = !format.hasPattern() && !format.hasShape() && !format.hasTimeZone() && !format.hasLocale()
                && !provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                && !(provider.getConfig().hasExplicitTimeZone()
                    && provider.isEnabled(SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE));
        return plain ? this : OffsetDateTimeSerializer.INSTANCE.createContextual(provider, property);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        String text = format(value);
        generator.writeString(text != null ? text : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    /** The ISO_OFFSET_DATE_TIME text of {@code value}, or null when it is not the usual case. */
    static String format(OffsetDateTime value) {
        int year = value.getYear();
        int offsetSeconds = value.getOffset().getTotalSeconds();
        if (year < 0 || year > 9999 || value.getNano() != 0 || offsetSeconds % 60 != 0) {
            return null;
        }
        char[] text = new char[25];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, value.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, value.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, value.getHour(), 2);
        text[13] = ':';
        digits(text, 14, value.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, value.getSecond(), 2);
        if (offsetSeconds == 0) {
            text[19] = 'Z';
            return new String(text, 0, 20);
        }
        int offsetMinutes = Math.abs(offsetSeconds) / 60;
        text[19] = offsetSeconds < 0 ? '-' : '+';
        digits(text, 20, offsetMinutes / 60, 2);
        text[22] = ':';
        digits(text, 23, offsetMinutes % 60, 2);
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
