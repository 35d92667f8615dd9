package io.ketacare.gateway.pathway;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The pathway at a glance, composed from what the services own; each part says whether it could be read. */
@Schema(name = "Pathway", description = """
        Where the patient is in the pathway: the stage and the facts behind it, then one part per owner's data. A part \
        whose owner is unavailable has status UNAVAILABLE and the reason, and nothing else.""")
public record Pathway(
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000002", maxLength = 36) UUID patientId,
        @Schema(description = "When the gateway composed this view", example = "2026-03-02T09:30:00Z", maxLength = 35) Instant composedAt,
        @Schema(description = "Current stage", maxLength = 20) Stage stage,
        @Schema(description = "The facts that decided the stage", example = "[\"plan active\", \"2 of 6 induction doses given\"]", maxItems = 5,
                type = SchemaType.ARRAY, implementation = ShortText.class)
        List<String> stageBasis,
        @Schema(description = "The patient (patient-service)") PatientPart patient,
        @Schema(description = "Eligibility decision in force (patient-service)") EligibilityPart eligibility,
        @Schema(description = "Consent in force (consent-service)") ConsentPart consent,
        @Schema(description = "Active treatment plan (consent-service)") PlanPart plan,
        @Schema(description = "Sessions done, booked and estimated (session-service, estimate from the plan)") SessionsPart sessions,
        @Schema(description = "Latest score of each instrument with change vs baseline and flags (patient-service)") ScoresPart scores,
        @Schema(description = "Open session alerts and overdue REMS reports (session-service)") AlertsPart alerts) {

    @Schema(name = "PathwayPatient", description = "Who the patient is")
    public record PatientPart(
            @Schema(description = "Whether it could be read", maxLength = 11) PartStatus status,
            @Schema(description = "Why not, when UNAVAILABLE", example = "patient-service did not answer within 3000 ms", maxLength = 300) String reason,
            @Schema(description = "Medical record number", example = "MRN-0002", maxLength = 40) String mrn,
            @Schema(description = "Given name", example = "Alex", maxLength = 100) String givenName,
            @Schema(description = "Family name", example = "Rivera", maxLength = 100) String familyName,
            @Schema(description = "Birth date", example = "1985-04-12", maxLength = 10) LocalDate birthDate) {
    }

    @Schema(name = "PathwayEligibility", description = "The eligibility decision in force, with the rules that decided it")
    public record EligibilityPart(
            @Schema(description = "Whether it could be read", maxLength = 11) PartStatus status,
            @Schema(description = "Why not, when UNAVAILABLE", example = "patient-service answered 503", maxLength = 300) String reason,
            @Schema(description = "ELIGIBLE, INELIGIBLE, NEEDS_REVIEW or NOT_SCREENED", example = "ELIGIBLE", maxLength = 20) String decision,
            @Schema(description = "When it was decided", example = "2026-03-01T10:00:00Z", maxLength = 35) Instant decidedAt,
            @Schema(description = "The record changed since the screening: a new screening is needed", example = "false") Boolean stale,
            @Schema(description = "Treatment-resistant depression recorded (2 or more adequate trials failed)", example = "true")
            Boolean treatmentResistantDepression,
            @Schema(description = "Rules that decided it", maxItems = 100) List<Reason> reasons) {
    }

    @Schema(name = "PathwayEligibilityReason", description = "A rule that decided the eligibility")
    public record Reason(
            @Schema(description = "Rule code", example = "BLOOD_PRESSURE_ABOVE_LIMIT", maxLength = 60) String code,
            @Schema(description = "INELIGIBLE or NEEDS_REVIEW", example = "NEEDS_REVIEW", maxLength = 20) String effect,
            @Schema(description = "What was found", example = "baseline blood pressure 152/80 is above 140/90", maxLength = 500) String message) {
    }

    @Schema(name = "PathwayConsent", description = "The consent in force, if any")
    public record ConsentPart(
            @Schema(description = "Whether it could be read", maxLength = 11) PartStatus status,
            @Schema(description = "Why not, when UNAVAILABLE", example = "consent-service could not be reached", maxLength = 300) String reason,
            @Schema(description = "Consents on record, in force or not", example = "2", minimum = "0", maximum = "10000", format = "int32")
            Integer onRecord,
            @Schema(description = "The ACTIVE, current consent (newest), absent when there is none") ConsentSummary current) {
    }

    @Schema(name = "PathwayConsentSummary", description = "A consent in force")
    public record ConsentSummary(
            @Schema(description = "Consent id", example = "3d9a4c1e-2b7f-4e8a-9c6d-5f4e3d2c1b0a", maxLength = 36) UUID id,
            @Schema(description = "Document code", example = "KETAMINE_TREATMENT", maxLength = 40) String documentCode,
            @Schema(description = "Document version", example = "1", minimum = "1", maximum = "1000000", format = "int32") int documentVersion,
            @Schema(description = "Routes it covers", example = "[\"IV\", \"INTRANASAL\"]", maxItems = 4,
                    type = SchemaType.ARRAY, implementation = ShortText.class) List<String> routes,
            @Schema(description = "When it became ACTIVE", example = "2026-03-01T11:00:00Z", maxLength = 35) Instant activatedAt,
            @Schema(description = "When it expires", example = "2027-03-01T11:00:00Z", maxLength = 35) Instant expiresAt) {
    }

    @Schema(name = "PathwayPlan", description = "The active treatment plan, if any, and the plan that places the patient in the pathway")
    public record PlanPart(
            @Schema(description = "Whether it could be read", maxLength = 11) PartStatus status,
            @Schema(description = "Why not, when UNAVAILABLE", example = "consent-service answered 503", maxLength = 300) String reason,
            @Schema(description = "Plans on record, in every status", example = "2", minimum = "0", maximum = "10000", format = "int32")
            Integer onRecord,
            @Schema(description = "The ACTIVE plan (most recently activated), absent when there is none") PlanSummary active,
            @Schema(description = """
                    The plan the stage is read from: the ACTIVE one, else the PAUSED one, else the COMPLETED one (each the most \
                    recently changed); absent when the patient has only drafts or cancelled plans""") PlanSummary current) {
    }

    @Schema(name = "PathwayPlanSummary", description = "A treatment plan at its current version")
    public record PlanSummary(
            @Schema(description = "Plan id", example = "7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b", maxLength = 36) UUID id,
            @Schema(description = "ACTIVE, PAUSED or COMPLETED", example = "ACTIVE", maxLength = 20) String status,
            @Schema(description = "Plan version", example = "2", minimum = "1", maximum = "1000000", format = "int32") int planVersion,
            @Schema(description = "Route", example = "IV", maxLength = 20) String route,
            @Schema(description = "Indication", example = "Treatment-resistant major depressive disorder", maxLength = 500) String indication,
            @Schema(description = "Dose unit: MG_PER_KG or MG", example = "MG_PER_KG", maxLength = 20) String doseUnit,
            @Schema(description = "Dose in that unit", example = "0.5", minimum = "0", maximum = "10000") BigDecimal doseValue,
            @Schema(description = "Sessions of the induction phase", example = "6", minimum = "0", maximum = "10000", format = "int32")
            int inductionSessions,
            @Schema(description = "Estimated number of sessions", example = "12", minimum = "1", maximum = "500", format = "int32") int estimatedSessions,
            @Schema(description = "When it was activated", example = "2026-03-01T12:00:00Z", maxLength = 35) Instant activatedAt) {
    }

    @Schema(name = "PathwaySessions", description = "Treatment sessions: done, booked, estimated")
    public record SessionsPart(
            @Schema(description = "Whether it could be read", maxLength = 11) PartStatus status,
            @Schema(description = "Why not, when UNAVAILABLE", example = "session-service did not answer within 3000 ms", maxLength = 300) String reason,
            @Schema(description = "Sessions the patient was discharged from", example = "2", minimum = "0", maximum = "10000", format = "int32")
            Integer done,
            @Schema(description = "Sessions booked or under way", example = "4", minimum = "0", maximum = "10000", format = "int32") Integer booked,
            @Schema(description = "Doses given under the active plan", example = "2", minimum = "0", maximum = "10000", format = "int32")
            Integer dosesGiven,
            @Schema(description = "Sessions the active plan estimates (absent without an active plan)", example = "12", minimum = "0",
                    maximum = "10000", format = "int32") Integer estimated,
            @Schema(description = "The next booked session") NextSession next) {
    }

    @Schema(name = "PathwayNextSession", description = "The next booked session")
    public record NextSession(
            @Schema(description = "Session id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", maxLength = 36) UUID id,
            @Schema(description = "Start", example = "2026-03-04T09:00:00Z", maxLength = 35) Instant start,
            @Schema(description = "State", example = "SCHEDULED", maxLength = 20) String status) {
    }

    @Schema(name = "PathwayScores", description = "The latest score of each instrument")
    public record ScoresPart(
            @Schema(description = "Whether it could be read", maxLength = 11) PartStatus status,
            @Schema(description = "Why not, when UNAVAILABLE", example = "patient-service answered 503", maxLength = 300) String reason,
            @Schema(description = "Latest of each instrument, as patient-service scored and flagged it", maxItems = 5) List<ScoreSummary> latest) {
    }

    @Schema(name = "PathwayScore", description = "The latest score of one instrument, with change vs baseline and flags")
    public record ScoreSummary(
            @Schema(description = "Instrument", example = "PHQ9", maxLength = 20) String instrument,
            @Schema(description = "Total", example = "9", minimum = "0", maximum = "80", format = "int32") int total,
            @Schema(description = "Severity band", example = "MILD", maxLength = 30) String band,
            @Schema(description = "When it was administered", example = "2026-03-02T09:30:00Z", maxLength = 35) Instant administeredAt,
            @Schema(description = "Total of the baseline", example = "18", minimum = "0", maximum = "80", format = "int32") Integer baselineTotal,
            @Schema(description = "Total minus baseline total", example = "-9", minimum = "-80", maximum = "80", format = "int32")
            Integer changeFromBaseline,
            @Schema(description = "Change in percent of baseline", example = "-50.0", minimum = "-100", maximum = "100000")
            Double percentChangeFromBaseline,
            @Schema(description = "Response (dropped by at least 50 % from baseline)", example = "true") Boolean response,
            @Schema(description = "Remission", example = "false") Boolean remission,
            @Schema(description = "Relapse signal (PHQ-9 rose by 5 or more from the best since response)", example = "false") boolean relapseSignal,
            @Schema(description = "Safety flags", example = "[]", maxItems = 3, type = SchemaType.ARRAY,
                    implementation = ShortText.class) List<String> flags) {
    }

    @Schema(name = "PathwayAlerts", description = "What needs attention: alerts of sessions not yet ended, REMS reports overdue")
    public record AlertsPart(
            @Schema(description = "Whether it could be read", maxLength = 11) PartStatus status,
            @Schema(description = "Why not, when UNAVAILABLE", example = "session-service could not be reached", maxLength = 300) String reason,
            @Schema(description = "Alerts raised in sessions not yet ended", maxItems = 500) List<SessionAlert> open,
            @Schema(description = "REMS monitoring forms past their due date", maxItems = 500) List<OverdueReport> overdueRemsReports) {
    }

    @Schema(name = "PathwaySessionAlert", description = "An alert of a session not yet ended")
    public record SessionAlert(
            @Schema(description = "Session id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", maxLength = 36) UUID sessionId,
            @Schema(description = "Kind", example = "BLOOD_PRESSURE_CRITICAL", maxLength = 40) String kind,
            @Schema(description = "What was seen", example = "blood pressure 204/118 mmHg exceeds the alert limit of 200/120", maxLength = 500)
            String message,
            @Schema(description = "When", example = "2026-03-02T09:50:00Z", maxLength = 35) Instant raisedAt) {
    }

    @Schema(name = "PathwayOverdueReport", description = "A REMS monitoring form past its due date")
    public record OverdueReport(
            @Schema(description = "Session id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", maxLength = 36) UUID sessionId,
            @Schema(description = "Due date", example = "2026-03-09", maxLength = 10) LocalDate dueDate) {
    }
}
