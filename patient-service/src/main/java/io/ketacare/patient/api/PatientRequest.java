package io.ketacare.patient.api;

import io.ketacare.patient.domain.Demographics;
import io.ketacare.patient.domain.Sex;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatientRequest", description = "Demographics to register a patient or to replace them")
public record PatientRequest(
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "must be 1 to 32 letters, digits or hyphens")
        @Schema(description = "Medical record number, unique in the clinic", example = "KC-000123", pattern = "^[A-Za-z0-9-]{1,32}$", maxLength = 32, required = true)
        String mrn,

        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Schema(description = "Given name(s)", example = "Alex", maxLength = 100, required = true)
        String givenName,

        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Schema(description = "Family name", example = "Rivera", maxLength = 100, required = true)
        String familyName,

        @NotNull(message = "is required") @Past(message = "must be a date in the past")
        @Schema(description = "Date of birth", example = "1984-03-17", required = true)
        LocalDate birthDate,

        @NotNull(message = "is required (FEMALE, MALE, OTHER or UNKNOWN)")
        @Schema(description = "Administrative sex", example = "FEMALE", required = true)
        Sex sex,

        @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be 5 to 30 digits, spaces, brackets or hyphens, optionally starting with +")
        @Schema(description = "Phone number", example = "+1 555 0100", pattern = "^\\+?[0-9 ()-]{5,30}$", maxLength = 30)
        String phone,

        @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters")
        @Schema(description = "E-mail address", example = "alex.rivera@example.org", format = "email", maxLength = 200)
        String email) {

    Demographics toDemographics() {
        return new Demographics(mrn, givenName.trim(), familyName.trim(), birthDate, sex, phone, email);
    }
}
