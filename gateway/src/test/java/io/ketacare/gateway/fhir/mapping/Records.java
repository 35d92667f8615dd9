package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.consent.ConsentRecord;
import io.ketacare.gateway.client.consent.PlanRecord;
import io.ketacare.gateway.client.patient.AssessmentRecord;
import io.ketacare.gateway.client.patient.ConditionRecord;
import io.ketacare.gateway.client.patient.MedicationRecord;
import io.ketacare.gateway.client.patient.PatientRecord;
import io.ketacare.gateway.client.patient.ScreeningRecord;
import io.ketacare.gateway.client.session.AdverseEventRecord;
import io.ketacare.gateway.client.session.ScoreRecord;
import io.ketacare.gateway.client.session.SessionRecord;
import io.ketacare.gateway.client.session.VitalRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Records as the services publish them, for the mapping tests. */
final class Records {

    static final UUID PATIENT = UUID.fromString("6f1c2b3a-0d4e-4f5a-8b6c-000000000002");
    static final UUID RECORD = UUID.fromString("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
    static final UUID PLAN = UUID.fromString("7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b");
    static final UUID SESSION = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");

    private Records() {
    }

    static PatientRecord patient(String sex) {
        return new PatientRecord(PATIENT, "MRN-0002", "Alex", "Rivera", LocalDate.of(1985, 4, 12), sex, "+1 555 0100", "alex@example.org",
                AT, AT, 3);
    }

    static AssessmentRecord assessment(String instrument, int total, String band) {
        return new AssessmentRecord(RECORD, PATIENT, instrument, instrument + " v1", "http://loinc.org", null, null, List.of(1, 1), total, band,
                List.of(), false, 20, total - 20, (total - 20) * 100.0 / 20, total <= 10, total < 5, AT, AT, "nurse1", 0);
    }

    static ScreeningRecord screening(BigDecimal weightKg) {
        return new ScreeningRecord(RECORD, PATIENT, 1, AT, "nurse1", new ScreeningRecord.Vitals(128, 82, 72, 98, weightKg), "ELIGIBLE",
                "ELIGIBLE", 0);
    }

    static ConditionRecord condition(String status, String severity) {
        return new ConditionRecord(RECORD, PATIENT, "MAJOR_DEPRESSIVE_DISORDER", "F33.1", "Recurrent major depressive disorder", status,
                severity, LocalDate.of(2019, 5, 1), null, null, "clinician1", AT, AT, 1);
    }

    static MedicationRecord medication(String status) {
        return new MedicationRecord(RECORD, PATIENT, "Sertraline", "ANTIDEPRESSANT", new BigDecimal("100"), null, status,
                LocalDate.of(2024, 1, 10), "STOPPED".equals(status) ? LocalDate.of(2025, 1, 10) : null, null, "clinician1", AT, AT, 0);
    }

    static ConsentRecord consent(String status) {
        boolean signed = !"PENDING".equals(status);
        return new ConsentRecord(RECORD, PATIENT, "KETAMINE_TREATMENT", 1, List.of("INTRANASAL", "IV"), status, true, "clinician1", AT,
                signed ? "clinician1" : null, signed ? AT.plusSeconds(600) : null, signed ? AT.plusSeconds(600 + 365L * 86400) : null,
                "WITHDRAWN".equals(status) ? "patient2" : null, "WITHDRAWN".equals(status) ? AT.plusSeconds(86400) : null,
                "WITHDRAWN".equals(status) ? "Changed my mind" : null);
    }

    static PlanRecord plan(String status, String route) {
        boolean intranasal = "INTRANASAL".equals(route);
        PlanRecord.Dose dose = intranasal ? new PlanRecord.Dose("MG", new BigDecimal("56")) : new PlanRecord.Dose("MG_PER_KG", new BigDecimal("0.5"));
        return new PlanRecord(PLAN, PATIENT, status, 2, 1, "Treatment-resistant major depressive disorder", route, dose,
                intranasal ? new BigDecimal("56") : null, "IV".equals(route) ? 40 : null,
                List.of(new PlanRecord.Phase("induction", 4, new BigDecimal("2")), new PlanRecord.Phase("maintenance", 8, new BigDecimal("0.5"))),
                12, "clinician1", AT, "ACTIVE".equals(status) ? "clinician1" : null, "ACTIVE".equals(status) ? AT : null,
                "ACTIVE".equals(status) || "DRAFT".equals(status) ? null : AT.plusSeconds(86400));
    }

    static SessionRecord session(String status, SessionRecord.Dose dose) {
        boolean ended = List.of("CANCELLED", "NO_SHOW", "ABORTED").contains(status);
        return new SessionRecord(SESSION, PATIENT, PLAN, RECORD, "INTRANASAL", status, "AUTHORIZED", AT, AT.plusSeconds(150 * 60), 150, null, 1,
                RECORD, 2, "SCHEDULED".equals(status) ? null : AT.plusSeconds(60), dose, List.of(),
                "DISCHARGED".equals(status) ? AT.plusSeconds(140 * 60) : null, ended ? AT.plusSeconds(300) : null,
                ended ? "Patient unwell" : null, "scheduler1", AT.minusSeconds(86400), 4);
    }

    static SessionRecord.Dose dose(Instant endedAt) {
        return new SessionRecord.Dose("INTRANASAL", new BigDecimal("56"), null, null, "LOT-24A117", 2, AT.plusSeconds(1200), endedAt, PLAN, 2,
                RECORD, "nurse1");
    }

    static VitalRecord vital() {
        return new VitalRecord(RECORD, "monitor-7:000123", AT, 132, 84, 80, 97, 14, "DEVICE", "nurse1");
    }

    static ScoreRecord score(String instrument, int score) {
        return new ScoreRecord(RECORD, SESSION, PATIENT, instrument, score, AT, "nurse1");
    }

    static AdverseEventRecord adverseEvent(String severity, String outcome) {
        return new AdverseEventRecord(RECORD, SESSION, PATIENT, "NAUSEA", severity, "Nausea 30 min after the second device",
                "Ondansetron 4 mg orally", outcome, AT, "RESOLVED".equals(outcome) ? AT.plusSeconds(1800) : null, null, "nurse1", 0);
    }
}
