package fr.coopconnect.booking;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reason")
public record ReasonRequest(@Size(max = 500) String reason) {
}
