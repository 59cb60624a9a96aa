package fr.coopconnect.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 401/403 matrix for operations on venue-owned objects: anonymous → 401, plain member → 403,
 * manager of another venue → 403, manager of this venue and network-admin → allowed.
 * Each role gets a fresh venue and target, so a successful DELETE does not spoil the next case.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    public static <T> void assertOnlyVenueManagers(Function<UUID, T> arrange,
                                                   BiFunction<RequestSpecification, T, Response> act,
                                                   int allowedStatus) {
        expect("anonymous", 401, arrange, act, venueId -> given().contentType(ContentType.JSON));
        expect("member", 403, arrange, act, venueId -> Fixtures.newMember().as());
        expect("manager of another venue", 403, arrange, act, venueId -> Fixtures.newManager(Fixtures.newVenue()).as());
        expect("manager of this venue", allowedStatus, arrange, act, venueId -> Fixtures.newManager(venueId).as());
        expect("network-admin", allowedStatus, arrange, act, venueId -> Fixtures.asAdmin());
    }

    private static <T> void expect(String role, int status, Function<UUID, T> arrange,
                                   BiFunction<RequestSpecification, T, Response> act,
                                   Function<UUID, RequestSpecification> caller) {
        UUID venueId = Fixtures.newVenue();
        T target = arrange.apply(venueId);
        Response response = act.apply(caller.apply(venueId), target);
        assertEquals(status, response.statusCode(), role + ": " + response.asString());
        if (status >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"), role + " gets problem+json");
        }
    }
}
