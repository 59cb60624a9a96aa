package fr.coopconnect.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A ProblemException is an answer, not a fault: it captures no stack trace and still becomes its status. */
class ProblemExceptionTest {

    @Test
    void carriesNoStackTraceAndStillMapsToItsStatus() {
        var problem = new ProblemException(409, "slot-taken");
        assertEquals(0, problem.getStackTrace().length);
        var response = new ProblemMappers().unexpected(new RuntimeException(problem), null);
        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }
}
