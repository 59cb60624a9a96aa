package fr.coopconnect.occupancy;

import fr.coopconnect.common.ProblemException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The period and bucket size of an occupancy report, validated into a {@link Window}. */
public class OccupancyParams {

    @QueryParam("from")
    @Parameter(description = "First local date of the period (in each venue's time zone), required", example = "2027-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last local date of the period, included, required; at most 366 days after `from` counted "
            + "inclusively, and at most 31 days with `granularity=hour`", example = "2027-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("granularity")
    @DefaultValue("day")
    @Parameter(description = "Bucket size: hour, day or week (weeks start on Monday)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"hour", "day", "week"}, defaultValue = "day"))
    public String granularity;

    public record Window(LocalDate from, LocalDate to, Granularity granularity) {
    }

    /** @throws ProblemException 400 naming the faulty parameter */
    public Window window() {
        LocalDate start = date(from, "from");
        LocalDate end = date(to, "to");
        Granularity size = Granularity.parse(granularity).orElseThrow(() -> ProblemException.badRequest("granularity",
                "field.enum", granularity, Arrays.stream(Granularity.values())
                        .map(g -> g.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
        OccupancyService.validateWindow(start, end, size);
        return new Window(start, end, size);
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, "field.date-required");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            throw ProblemException.badRequest(field, "field.date", value);
        }
    }
}
