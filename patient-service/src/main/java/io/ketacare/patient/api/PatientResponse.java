package io.ketacare.patient.api;

import io.ketacare.patient.domain.Patient;
import io.ketacare.patient.domain.Sex;
import io.ketacare.platform.audit.PatientScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Patient", description = "A registered patient's identity and demographics")
public record PatientResponse(
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID id,
        @Schema(description = "Medical record number", example = "KC-000123", maxLength = 32) String mrn,
        @Schema(example = "Alex", maxLength = 100) String givenName,
        @Schema(example = "Rivera", maxLength = 100) String familyName,
        @Schema(example = "1984-03-17") LocalDate birthDate,
        @Schema(example = "FEMALE") Sex sex,
        @Schema(example = "+1 555 0100", maxLength = 30) String phone,
        @Schema(example = "alex.rivera@example.org", maxLength = 200) String email,
        @Schema(description = "When the patient was registered") Instant createdAt,
        @Schema(description = "When the demographics last changed") Instant updatedAt,
        @Schema(description = "Version, also the ETag", example = "0", minimum = "0", maximum = "1000000000", format = "int64") long version)
        implements PatientScoped {

    @Override
    public UUID patientId() {
        return id;
    }

    static PatientResponse of(Patient p) {
        return new PatientResponse(p.id, p.mrn, p.givenName, p.familyName, p.birthDate, p.sex, p.phone, p.email,
                p.createdAt, p.updatedAt, p.version);
    }
}
