package fr.coopconnect.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Database verdicts become the right status, never a 500 (found by make chaos: 23503, 22008, pool timeouts). */
class ProblemMappersSqlStateTest {

    @ParameterizedTest
    @CsvSource({
            "23P01, exclusion, 409",
            "23503, still referenced, 409",
            "22008, timestamp out of range, 400",
            "22021, invalid byte sequence, 400",
            "08006, connection failure, 503",
            "08001, connection refused, 503",
            "57P01, admin shutdown, 503",
            "53300, too many connections, 503",
            ", Acquisition timeout while waiting for new connection, 503",
    })
    void sqlStatesMapToStatuses(String state, String message, int status) {
        var response = new ProblemMappers().unexpected(new RuntimeException(new SQLException(message, state)), null);
        assertEquals(status, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @org.junit.jupiter.api.Test
    void aCommitLostWithItsConnectionIsUnavailableNotInternal() {
        // What Narayana throws when PostgreSQL shuts down during the commit: the verdict is only suppressed.
        var rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        assertEquals(503, new ProblemMappers().unexpected(new RuntimeException(rollback), null).getStatus());
    }
}
