package fr.coopconnect.agreement;

import fr.coopconnect.agreement.AgreementRules.Covering;
import fr.coopconnect.agreement.AgreementRules.Outcome;
import fr.coopconnect.agreement.AgreementRules.Required;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgreementRulesTest {

    static final Required REGULAR = new Required("Accès régulier", AccessType.REGULAR);
    static final Required OCCASIONAL = new Required("Accès occasionnel", AccessType.OCCASIONAL);

    @Test
    void noRequiredTemplateMeansNoGate() {
        assertEquals(Outcome.ALLOWED, AgreementRules.check(List.of(), List.of(), AccessType.REGULAR, 99).outcome());
    }

    @Test
    void withoutAgreementTheVerdictNamesATemplateToRequest() {
        var single = AgreementRules.check(List.of(REGULAR, OCCASIONAL), List.of(), AccessType.OCCASIONAL, 0);
        assertEquals(Outcome.AGREEMENT_REQUIRED, single.outcome());
        assertEquals("Accès occasionnel", single.template());
        var series = AgreementRules.check(List.of(REGULAR, OCCASIONAL), List.of(), AccessType.REGULAR, 0);
        assertEquals("Accès régulier", series.template());
    }

    @Test
    void regularAllowsAnyNumberAndSeries() {
        var regular = List.of(new Covering(AccessType.REGULAR, null));
        assertEquals(Outcome.ALLOWED, AgreementRules.check(List.of(REGULAR), regular, AccessType.OCCASIONAL, 1000).outcome());
        assertEquals(Outcome.ALLOWED, AgreementRules.check(List.of(REGULAR), regular, AccessType.REGULAR, 1000).outcome());
    }

    @Test
    void occasionalAllowsSingleBookingsUpToTheMonthlyLimit() {
        var occasional = List.of(new Covering(AccessType.OCCASIONAL, 3));
        assertEquals(Outcome.ALLOWED, AgreementRules.check(List.of(OCCASIONAL), occasional, AccessType.OCCASIONAL, 2).outcome());
        var full = AgreementRules.check(List.of(OCCASIONAL), occasional, AccessType.OCCASIONAL, 3);
        assertEquals(Outcome.MONTHLY_LIMIT_REACHED, full.outcome());
        assertEquals(3, full.limit());
        assertEquals(Outcome.AGREEMENT_REQUIRED,
                AgreementRules.check(List.of(OCCASIONAL), occasional, AccessType.REGULAR, 0).outcome());
    }

    @Test
    void anActiveAgreementExpiresAtTheEndOfItsValidity() {
        Instant until = Instant.parse("2027-03-29T09:00:00Z");
        assertEquals(AgreementStatus.ACTIVE, AgreementRules.statusOf(AgreementStatus.ACTIVE, until, until.minusSeconds(1)));
        assertEquals(AgreementStatus.EXPIRED, AgreementRules.statusOf(AgreementStatus.ACTIVE, until, until));
        assertEquals(AgreementStatus.TERMINATED, AgreementRules.statusOf(AgreementStatus.TERMINATED, until, until.plusSeconds(9)));
    }
}
