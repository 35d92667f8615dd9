package io.ketacare.gateway.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.gateway.client.consent.ConsentRecord;
import io.ketacare.gateway.client.consent.PlanRecord;
import io.ketacare.gateway.client.patient.AssessmentRecord;
import io.ketacare.gateway.client.patient.EligibilityRecord;
import io.ketacare.gateway.client.patient.PatientRecord;
import io.ketacare.gateway.client.session.RemsReportRecord;
import io.ketacare.gateway.client.session.SessionRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PathwayAssemblerTest {

    static final UUID PATIENT = UUID.fromString("6f1c2b3a-0d4e-4f5a-8b6c-000000000002");
    static final UUID PLAN = UUID.fromString("7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b");
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void aPatientTwoDosesIntoInductionHasEveryPart() {
        Pathway pathway = PathwayAssembler.assemble(sources(Fetched.of(List.of(session("DISCHARGED", true), session("DISCHARGED", true),
                session("SCHEDULED", false))), Fetched.of(List.of())));

        assertThat(pathway.stage()).isEqualTo(Stage.INDUCTION);
        assertThat(pathway.stageBasis()).contains("2 of 8 induction doses given");
        assertThat(pathway.eligibility().decision()).isEqualTo("ELIGIBLE");
        assertThat(pathway.consent().current().routes()).containsExactly("IV");
        assertThat(pathway.plan().active().inductionSessions()).isEqualTo(8);
        assertThat(pathway.sessions().done()).isEqualTo(2);
        assertThat(pathway.sessions().booked()).isEqualTo(1);
        assertThat(pathway.sessions().dosesGiven()).isEqualTo(2);
        assertThat(pathway.sessions().estimated()).isEqualTo(12);
        assertThat(pathway.sessions().next().status()).isEqualTo("SCHEDULED");
        assertThat(pathway.scores().latest()).singleElement().satisfies(score -> {
            assertThat(score.total()).isEqualTo(9);
            assertThat(score.changeFromBaseline()).isEqualTo(-9);
            assertThat(score.response()).isTrue();
            assertThat(score.relapseSignal()).isFalse();
        });
        assertThat(pathway.alerts().status()).isEqualTo(PartStatus.AVAILABLE);
    }

    @Test
    void sessionServiceDownLeavesSessionsAndAlertsUnavailableWithTheReasonAndTheStageUnknown() {
        Pathway pathway = PathwayAssembler.assemble(sources(Fetched.failed("session-service could not be reached"), Fetched.failed("x")));

        assertThat(pathway.sessions().status()).isEqualTo(PartStatus.UNAVAILABLE);
        assertThat(pathway.sessions().reason()).isEqualTo("session-service could not be reached");
        assertThat(pathway.sessions().done()).isNull();
        assertThat(pathway.alerts().status()).isEqualTo(PartStatus.UNAVAILABLE);
        assertThat(pathway.alerts().reason()).isEqualTo("session-service could not be reached");
        assertThat(pathway.stage()).isEqualTo(Stage.UNKNOWN);
        assertThat(pathway.consent().status()).isEqualTo(PartStatus.AVAILABLE);
    }

    @Test
    void overdueRemsReportsAndAlertsOfSessionsUnderWayNeedAttention() {
        SessionRecord monitoring = new SessionRecord(UUID.randomUUID(), PATIENT, PLAN, null, "IV", "MONITORING", "AUTHORIZED", NOW, NOW, 100,
                null, 1, null, 1, NOW, null, List.of(new SessionRecord.Alert(UUID.randomUUID(), "HEART_RATE_HIGH", "heart rate 124", null, NOW)),
                null, null, null, "scheduler1", NOW, 1);
        Pathway pathway = PathwayAssembler.assemble(sources(Fetched.of(List.of(monitoring)), Fetched.of(List.of(
                new RemsReportRecord(UUID.randomUUID(), PATIENT, NOW, LocalDate.of(2026, 3, 1), "OVERDUE", null),
                new RemsReportRecord(UUID.randomUUID(), PATIENT, NOW, LocalDate.of(2026, 3, 12), "DUE", null)))));

        assertThat(pathway.alerts().open()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo("HEART_RATE_HIGH"));
        assertThat(pathway.alerts().overdueRemsReports()).singleElement().satisfies(r -> assertThat(r.dueDate()).isEqualTo("2026-03-01"));
    }

    @Test
    void theLatestScoreOfEachInstrumentIsShown() {
        PathwaySources base = sources(Fetched.of(List.of()), Fetched.of(List.of()));
        PathwaySources withTwo = new PathwaySources(base.patientId(), NOW, base.patient(), base.eligibility(),
                Fetched.of(List.of(assessment(18, NOW.minusSeconds(86400 * 20)), assessment(9, NOW.minusSeconds(3600)))), base.consents(),
                base.plans(), base.sessions(), base.remsReports());

        assertThat(PathwayAssembler.assemble(withTwo).scores().latest()).singleElement()
                .satisfies(score -> assertThat(score.total()).isEqualTo(9));
    }

    @Test
    void aCompletedInductionPlanWithNoneActiveIsFollowUpAndNamedAsTheCurrentPlan() {
        Pathway pathway = PathwayAssembler.assemble(withPlans(Fetched.of(List.of(plan(PLAN, "COMPLETED", NOW), plan(UUID.randomUUID(), "CANCELLED",
                NOW.plusSeconds(60))))));

        assertThat(pathway.stage()).isEqualTo(Stage.FOLLOW_UP);
        assertThat(pathway.stageBasis()).containsExactly("plan completed", "no active or paused plan");
        assertThat(pathway.plan().onRecord()).isEqualTo(2);
        assertThat(pathway.plan().active()).isNull();
        assertThat(pathway.plan().current().id()).isEqualTo(PLAN);
        assertThat(pathway.plan().current().status()).isEqualTo("COMPLETED");
    }

    @Test
    void anActiveMaintenancePlanAfterACompletedOneIsMaintenance() {
        UUID maintenance = UUID.randomUUID();
        PlanRecord active = new PlanRecord(maintenance, PATIENT, "ACTIVE", 1, 1, "TRD", "IV", new PlanRecord.Dose("MG_PER_KG", new BigDecimal("0.5")),
                null, 40, List.of(new PlanRecord.Phase("maintenance", 12, new BigDecimal("0.5"))), 6, "clinician1", NOW, "clinician1", NOW, null);
        Pathway pathway = PathwayAssembler.assemble(withPlans(Fetched.of(List.of(active, plan(PLAN, "COMPLETED", NOW.minusSeconds(86400))))));

        assertThat(pathway.stage()).isEqualTo(Stage.MAINTENANCE);
        assertThat(pathway.stageBasis()).containsExactly("plan active", "a maintenance plan");
        assertThat(pathway.plan().active().id()).isEqualTo(maintenance);
        assertThat(pathway.plan().active().inductionSessions()).isZero();
        assertThat(pathway.plan().current().id()).isEqualTo(maintenance);
    }

    @Test
    void aPausedPlanOutranksACompletedOneAndIsNotShownAsActive() {
        Pathway pathway = PathwayAssembler.assemble(withPlans(Fetched.of(List.of(plan(UUID.randomUUID(), "COMPLETED", NOW),
                plan(PLAN, "PAUSED", NOW.minusSeconds(3600))))));

        assertThat(pathway.stage()).isEqualTo(Stage.INDUCTION);
        assertThat(pathway.stageBasis()).containsExactly("plan paused", "2 of 8 induction doses given");
        assertThat(pathway.plan().active()).isNull();
        assertThat(pathway.plan().current().status()).isEqualTo("PAUSED");
    }

    @Test
    void consentServiceUnreadablePlansLeaveThePlanPartUnavailableAndTheStageUnknown() {
        Pathway pathway = PathwayAssembler.assemble(withPlans(Fetched.failed("consent-service answered 503")));

        assertThat(pathway.plan().status()).isEqualTo(PartStatus.UNAVAILABLE);
        assertThat(pathway.plan().reason()).isEqualTo("consent-service answered 503");
        assertThat(pathway.plan().onRecord()).isNull();
        assertThat(pathway.stage()).isEqualTo(Stage.UNKNOWN);
    }

    static PathwaySources withPlans(Fetched<List<PlanRecord>> plans) {
        PathwaySources base = sources(Fetched.of(List.of(session("DISCHARGED", true), session("DISCHARGED", true))), Fetched.of(List.of()));
        return new PathwaySources(base.patientId(), NOW, base.patient(), base.eligibility(), base.assessments(), base.consents(), plans,
                base.sessions(), base.remsReports());
    }

    static PlanRecord plan(UUID id, String status, Instant changedAt) {
        return new PlanRecord(id, PATIENT, status, 1, 1, "TRD", "IV", new PlanRecord.Dose("MG_PER_KG", new BigDecimal("0.5")), null, 40,
                List.of(new PlanRecord.Phase("induction", 4, new BigDecimal("2"))), 8, "clinician1", NOW, "clinician1", NOW.minusSeconds(86400 * 30),
                changedAt);
    }

    static PathwaySources sources(Fetched<List<SessionRecord>> sessions, Fetched<List<RemsReportRecord>> rems) {
        PatientRecord patient = new PatientRecord(PATIENT, "MRN-2", "Alex", "Rivera", LocalDate.of(1985, 4, 12), "FEMALE", null, null, NOW, NOW, 0);
        EligibilityRecord eligibility = new EligibilityRecord(PATIENT, "ELIGIBLE", NOW, List.of(), UUID.randomUUID(), 1, false, 2, true, NOW);
        ConsentRecord consent = new ConsentRecord(UUID.randomUUID(), PATIENT, "KETAMINE_TREATMENT", 1, List.of("IV"), "ACTIVE", true, "clinician1",
                NOW, "clinician1", NOW, NOW.plusSeconds(86400 * 365), null, null, null);
        PlanRecord plan = new PlanRecord(PLAN, PATIENT, "ACTIVE", 1, 1, "TRD", "IV", new PlanRecord.Dose("MG_PER_KG", new BigDecimal("0.5")), null, 40,
                List.of(new PlanRecord.Phase("induction", 4, new BigDecimal("2")), new PlanRecord.Phase("maintenance", 8, new BigDecimal("0.5"))),
                12, "clinician1", NOW, "clinician1", NOW, null);
        return new PathwaySources(PATIENT, NOW, Fetched.of(patient), Fetched.of(eligibility), Fetched.of(List.of(assessment(9, NOW))),
                Fetched.of(List.of(consent)), Fetched.of(List.of(plan)), sessions, rems);
    }

    static AssessmentRecord assessment(int total, Instant at) {
        return new AssessmentRecord(UUID.randomUUID(), PATIENT, "PHQ9", "PHQ-9", "http://loinc.org", "44249-1", "44261-6", List.of(), total, "MILD",
                List.of(), total == 18, 18, total - 18, (total - 18) * 100.0 / 18, total <= 9, false, at, at, "nurse1", 0);
    }

    static SessionRecord session(String status, boolean dosed) {
        SessionRecord.Dose dose = dosed ? new SessionRecord.Dose("IV", new BigDecimal("35"), new BigDecimal("0.5"), new BigDecimal("70"), "LOT-1",
                null, NOW, NOW, PLAN, 1, null, "nurse1") : null;
        return new SessionRecord(UUID.randomUUID(), PATIENT, PLAN, null, "IV", status, "AUTHORIZED", NOW, NOW, 100, null, 1, null, 1,
                dosed ? NOW : null, dose, List.of(), null, null, null, "scheduler1", NOW, 1);
    }
}
