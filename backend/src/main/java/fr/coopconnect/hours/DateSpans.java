package fr.coopconnect.hours;

import fr.coopconnect.common.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The one rule for a period of whole days given by the client: in order, and at most a leap year long. */
final class DateSpans {

    static final int MAX_DAYS = 366;

    private DateSpans() {
    }

    /** An ISO date from the query string; a 400 naming {@code field} rather than the framework's 404 when unreadable. */
    static LocalDate parse(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw ProblemException.badRequest(field, "field.invalid", value);
        }
    }

    /** @throws ProblemException 400 on {@code toField} when {@code to} is before {@code from} or the span is too long */
    static void check(LocalDate from, LocalDate to, String toField) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest(toField, "field.date-order");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ProblemException.badRequest(toField, "field.span-too-long", MAX_DAYS);
        }
    }
}
