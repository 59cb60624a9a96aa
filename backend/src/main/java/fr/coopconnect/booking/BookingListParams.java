package fr.coopconnect.booking;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.OffsetDateTime;

/** Filters shared by the booking listings. */
public class BookingListParams {

    @QueryParam("from")
    @Parameter(description = "Only bookings ending after this instant (ISO-8601 with offset)")
    public OffsetDateTime from;

    @QueryParam("to")
    @Parameter(description = "Only bookings starting before this instant (ISO-8601 with offset)")
    public OffsetDateTime to;

    @QueryParam("status")
    @Parameter(description = "Only bookings in this status")
    public BookingStatus status;

    BookingService.Filter filter() {
        return new BookingService.Filter(from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), status);
    }
}
