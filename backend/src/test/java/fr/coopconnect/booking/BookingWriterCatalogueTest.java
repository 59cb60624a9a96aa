package fr.coopconnect.booking;

import fr.coopconnect.agreement.AccessType;
import fr.coopconnect.agreement.AgreementRules;
import fr.coopconnect.space.SpaceCatalogue;
import fr.coopconnect.support.Fixtures;
import fr.coopconnect.support.Sql;
import fr.coopconnect.support.TestCalendar;
import fr.coopconnect.timeline.TimeRange;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static fr.coopconnect.support.TestCalendar.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member's booking reads its space from the space catalogue, and never from a copy older than its own statement. */
@QuarkusTest
class BookingWriterCatalogueTest {

    static final LocalDate TUESDAY = TestCalendar.next(DayOfWeek.TUESDAY, 14);
    static final TimeRange NINE_TO_TEN = range("09:00", "10:00");

    @Inject
    BookingWriter writer;

    @Inject
    SpaceCatalogue catalogue;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aHeldSpaceComesFromTheCatalogueCopyWhileNothingChanged() {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 2, Map.of());
        SpaceCatalogue.Snapshot copy = catalogue.atLeast(version());

        BookingWriter.Desk desk = openHeld(spaceId, NINE_TO_TEN).orElseThrow();

        assertSame(copy.space(spaceId).orElseThrow().space(), desk.space());
        assertEquals(Optional.empty(), desk.refusal(NINE_TO_TEN, 1));
    }

    @Test
    void aChangeMadeAfterTheCopyWasReadIsSeenByTheNextBooking() {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 2, Map.of());
        catalogue.atLeast(version());

        Sql.update(dataSource, "UPDATE space SET max_minutes = 30 WHERE id = ?", spaceId);
        assertEquals("too-long", openHeld(spaceId, NINE_TO_TEN).orElseThrow().refusal(NINE_TO_TEN, 1).orElseThrow().slug());

        Sql.update(dataSource, "UPDATE space SET max_minutes = 480 WHERE id = ?", spaceId);
        assertEquals(Optional.empty(), openHeld(spaceId, NINE_TO_TEN).orElseThrow().refusal(NINE_TO_TEN, 1));
        Sql.update(dataSource, "INSERT INTO block (id, space_id, starts_at, ends_at, reason, created_at) VALUES (?, ?, ?, ?, 'Ménage', now())",
                UUID.randomUUID(), spaceId, OffsetDateTime.parse(at(TUESDAY, "09:30")), OffsetDateTime.parse(at(TUESDAY, "11:00")));
        assertEquals("space-blocked", openHeld(spaceId, NINE_TO_TEN).orElseThrow().refusal(NINE_TO_TEN, 1).orElseThrow().slug());
    }

    @Test
    void theAgreementsTheVenueRequiresComeWithTheCopy() {
        UUID venueId = Fixtures.newRelay();
        UUID spaceId = Fixtures.newSpace(venueId, "OFFICE", "EXCLUSIVE", 2, Map.of());
        catalogue.atLeast(version());
        assertEquals(Optional.of(List.of()), openHeld(spaceId, NINE_TO_TEN).orElseThrow().requiredAgreements());

        Map<String, Object> template = new HashMap<>(Map.of("title", "Convention du relais", "body", "# Convention",
                "accessType", "OCCASIONAL", "validityDays", 365, "requiredForBooking", true, "maxBookingsPerMonth", 4));
        Fixtures.asAdmin().body(template).post("/api/v1/venues/" + venueId + "/agreement-templates").then().statusCode(201);

        assertEquals(Optional.of(List.of(new AgreementRules.Required("Convention du relais", AccessType.OCCASIONAL))),
                openHeld(spaceId, NINE_TO_TEN).orElseThrow().requiredAgreements());
    }

    @Test
    void anInactiveOrUnknownSpaceIsNotHeld() {
        UUID spaceId = Fixtures.newSpace(Fixtures.newRelay(), "OFFICE", "EXCLUSIVE", 2, Map.of());
        catalogue.atLeast(version());
        Sql.update(dataSource, "UPDATE space SET active = false WHERE id = ?", spaceId);

        assertTrue(openHeld(spaceId, NINE_TO_TEN).isEmpty(), "an inactive space is left to the database's rows");
        assertTrue(openHeld(UUID.randomUUID(), NINE_TO_TEN).isEmpty());
    }

    private Optional<BookingWriter.Desk> openHeld(UUID spaceId, TimeRange range) {
        return QuarkusTransaction.requiringNew().call(() -> writer.openHeld(spaceId, range.start(), range.end(), true));
    }

    private long version() {
        return Sql.count(dataSource, "SELECT version FROM catalogue_version");
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(OffsetDateTime.parse(at(TUESDAY, from)).toInstant(), OffsetDateTime.parse(at(TUESDAY, to)).toInstant());
    }
}
