package fr.coopconnect.booking;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * With a pool of one connection: a search's busy times give their connection back as soon as they are read, and
 * inside a transaction they are read on the transaction's own connection.
 */
@QuarkusTest
@TestProfile(BusyTimesConnectionTest.OneConnection.class)
class BusyTimesConnectionTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "1", "quarkus.datasource.jdbc.acquisition-timeout", "0.5S");
        }
    }

    @ApplicationScoped
    static class Caller {
        @Inject
        BusyTimes busyTimes;

        @Inject
        AgroalDataSource dataSource;

        @Inject
        EntityManager em;

        BusyTimes.Snapshot read() {
            Instant now = Instant.now();
            return busyTimes.snapshot(List.of(UUID.randomUUID()), List.of(UUID.randomUUID()), LocalDate.now(),
                    LocalDate.now().plusDays(1), now, now.minusSeconds(86_400), now.plusSeconds(86_400));
        }

        /** As a search does it: busy times in a request, then more work in the same request. */
        @ActivateRequestContext
        void readThenConnectFromAnotherThread() throws Exception {
            read();
            CompletableFuture.runAsync(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.isValid(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).get();
        }

        /** As a booking does it: Hibernate works in a transaction, and the busy times read beside it. */
        @Transactional
        boolean readInsideATransaction() {
            em.createNativeQuery("SELECT 1").getSingleResult();
            return read().catalogueVersion() >= 0 && (long) em.unwrap(Session.class)
                    .doReturningWork(connection -> 1L) == 1L;
        }
    }

    @Inject
    Caller caller;

    @Test
    void aSearchGivesItsConnectionBackOnceItsBusyTimesAreRead() {
        assertDoesNotThrow(caller::readThenConnectFromAnotherThread);
    }

    @Test
    void insideATransactionTheBusyTimesUseItsConnection() {
        assertTrue(caller.readInsideATransaction());
    }
}
