package fr.coopconnect.agreement;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The agreement rules, pure: computed status and the booking gate's verdict. */
public final class AgreementRules {

    private AgreementRules() {
    }

    /** EXPIRED is never stored: an ACTIVE agreement expires when its validity ends. */
    public static AgreementStatus statusOf(AgreementStatus stored, Instant validUntil, Instant now) {
        if (stored == AgreementStatus.ACTIVE && validUntil != null && !now.isBefore(validUntil)) {
            return AgreementStatus.EXPIRED;
        }
        return stored;
    }

    /** A template that the venue requires before booking. */
    public record Required(String title, AccessType accessType) {
    }

    /** An ACTIVE agreement of the member covering the booking's date. */
    public record Covering(AccessType accessType, Integer maxBookingsPerMonth) {
    }

    public enum Outcome { ALLOWED, AGREEMENT_REQUIRED, MONTHLY_LIMIT_REACHED }

    /** The verdict; {@code template} names the template to request, {@code limit} the monthly limit reached. */
    public record Verdict(Outcome outcome, String template, Integer limit) {
        static final Verdict ALLOWED = new Verdict(Outcome.ALLOWED, null, null);
    }

    /**
     * May the member book?
     *
     * @param required       the venue's active templates required for booking; none means no gate
     * @param covering       the member's ACTIVE agreements at the venue covering the booking date
     * @param needed         REGULAR for a booking series; OCCASIONAL for a single booking (REGULAR covers it too)
     * @param bookingsInMonth the member's live bookings at the venue in the booking's calendar month, this one excluded
     */
    public static Verdict check(List<Required> required, List<Covering> covering, AccessType needed, long bookingsInMonth) {
        if (required.isEmpty()) {
            return Verdict.ALLOWED;
        }
        if (covering.stream().anyMatch(c -> c.accessType() == AccessType.REGULAR)) {
            return Verdict.ALLOWED;
        }
        String regular = firstTitle(required, AccessType.REGULAR).orElse(null);
        if (needed == AccessType.REGULAR) {
            return new Verdict(Outcome.AGREEMENT_REQUIRED, regular != null ? regular : firstTitle(required, null).orElseThrow(), null);
        }
        Optional<Integer> limit = covering.stream()
                .map(c -> c.maxBookingsPerMonth() == null ? Integer.MAX_VALUE : c.maxBookingsPerMonth())
                .max(Comparator.naturalOrder());
        if (limit.isEmpty()) {
            return new Verdict(Outcome.AGREEMENT_REQUIRED,
                    firstTitle(required, AccessType.OCCASIONAL).orElseGet(() -> firstTitle(required, null).orElseThrow()), null);
        }
        if (bookingsInMonth >= limit.get()) {
            return new Verdict(Outcome.MONTHLY_LIMIT_REACHED, regular, limit.get());
        }
        return Verdict.ALLOWED;
    }

    private static Optional<String> firstTitle(List<Required> required, AccessType type) {
        return required.stream().filter(r -> type == null || r.accessType() == type).map(Required::title)
                .sorted().findFirst();
    }
}
