package io.ketacare.patient.domain;

import java.time.LocalDate;

/** What registration and a demographics update set on a patient. */
public record Demographics(String mrn, String givenName, String familyName, LocalDate birthDate, Sex sex,
        String phone, String email) {
}
