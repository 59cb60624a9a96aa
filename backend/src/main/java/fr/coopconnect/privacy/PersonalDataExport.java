package fr.coopconnect.privacy;

import fr.coopconnect.agreement.AgreementDtos;
import fr.coopconnect.booking.BookingDto;
import fr.coopconnect.community.MyEventDto;
import fr.coopconnect.member.LoginAttempts;
import fr.coopconnect.member.MemberView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "PersonalDataExport", description = "Everything the service holds about the caller")
public record PersonalDataExport(Instant exportedAt, MemberView profile, Consents consents, List<BookingDto> bookings,
                                 @Schema(description = "Every event registration, withdrawn ones too")
                                 List<MyEventDto> eventRegistrations, List<AgreementDtos.View> agreements,
                                 List<LoginAttempts.Attempt> loginHistory) {

    @Schema(name = "Consents")
    public record Consents(boolean directoryConsent, Instant directoryConsentGivenAt, boolean newsConsent,
                           Instant newsConsentGivenAt) {
    }
}
