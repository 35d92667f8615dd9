package io.ketacare.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.UUID;

/**
 * Prepares, through the public API, what the scenarios need, and finds out which endpoints this
 * stack has: a scenario whose endpoint is missing (or whose preparation the stack refuses) is
 * reported as not available, with the reason, instead of failing the run.
 */
final class Fixture {

    static final String DEMO_PATIENT = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001";

    final Settings settings;
    final Api gateway;
    final Api direct;
    final Properties out = new Properties();

    String patientId = DEMO_PATIENT;
    String pathwayPatient;
    String vitalsSession;
    String burstSession;
    String writeSession;
    String fhirPatient;
    String fhirName;

    private Fixture(Settings settings) {
        this.settings = settings;
        this.gateway = new Api(settings.gateway());
        this.direct = new Api(settings.patientDirect());
        Tokens.use(settings.keycloak());
    }

    static Fixture prepare(Settings settings) {
        Fixture f = new Fixture(settings);
        f.patientRead();
        f.sessions();
        f.pathway();
        f.fhir();
        f.save();
        return f;
    }

    boolean available(String scenario) {
        return "true".equals(out.getProperty(scenario + ".available"));
    }

    private void patientRead() {
        String path = "/api/v1/patients/" + DEMO_PATIENT;
        gateway.expect("GET " + path + " through the gateway", gateway.get("clinician1", path));
        direct.expect("GET " + path + " at patient-service", direct.get("clinician1", path));
        out.setProperty("read.available", "true");
        out.setProperty("read.patient", DEMO_PATIENT);
    }

    /** Three monitored sessions (sustained ingestion, burst, write throughput), each with its own patient and room. */
    private void sessions() {
        try {
            vitalsSession = monitoredSession("vitals");
            burstSession = monitoredSession("burst");
            writeSession = monitoredSession("write");
            available("vitals", vitalsSession, null);
            out.setProperty("vitals.session", vitalsSession);
            out.setProperty("burst.session", burstSession);
            out.setProperty("write.session", writeSession);
        } catch (Api.StepFailed e) {
            available("vitals", null, e.getMessage());
        }
    }

    private void pathway() {
        String patient = pathwayPatient != null ? pathwayPatient : DEMO_PATIENT;
        Api.Answer answer = gateway.get("clinician1", "/api/v1/patients/" + patient + "/pathway");
        if (answer.status() == 200) {
            available("pathway", patient, null);
            out.setProperty("pathway.patient", patient);
        } else {
            available("pathway", null, "GET /api/v1/patients/{id}/pathway answered " + answer.status());
        }
    }

    private void fhir() {
        fhirPatient = DEMO_PATIENT;
        fhirName = "Patient";
        Api.Answer read = gateway.get("integrator", "/fhir/r4/Patient/" + fhirPatient);
        Api.Answer search = gateway.get("integrator", "/fhir/r4/Patient?name=" + fhirName);
        if (read.status() == 200 && search.status() == 200) {
            available("fhir", fhirPatient, null);
            out.setProperty("fhir.patient", fhirPatient);
            out.setProperty("fhir.name", fhirName);
        } else {
            available("fhir", null, "GET /fhir/r4/Patient/{id} answered " + read.status() + ", ?name= answered " + search.status());
        }
    }

    private void available(String scenario, String value, String reason) {
        out.setProperty(scenario + ".available", Boolean.toString(value != null));
        if (reason != null) {
            out.setProperty(scenario + ".reason", reason);
        }
    }

    /**
     * An eligible patient with an active consent and an active IV plan, a room, and a booked session
     * taken as far as it must go (check-in, or pre-dose check and dose) to accept vitals.
     */
    private String monitoredSession(String label) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String patient = gateway.expect("register a patient", gateway.post("clinician1", "/api/v1/patients", """
                {"mrn":"BENCH-%s","givenName":"Bench","familyName":"Load%s","birthDate":"1980-01-01","sex":"FEMALE"}"""
                .formatted(tag, label)))
                .text("id");
        out.setProperty(label + ".patient", patient);
        String p = "/api/v1/patients/" + patient;
        gateway.expect("C-SSRS screen", gateway.post("nurse1", p + "/assessments", """
                {"instrument":"CSSRS_SCREEN","items":[0,0,0,0,0,0]}"""));
        gateway.expect("screening", gateway.post("nurse1", p + "/screenings", """
                {"vitals":{"systolicMmHg":118,"diastolicMmHg":76,"heartRateBpm":70,"spo2Percent":98,"weightKg":70.0},
                 "answers":{"pregnant":"NO","breastfeeding":"NO","ketamineHypersensitivity":"NO","activePsychosisOrMania":"NO"}}"""));
        String consent = gateway.expect("present consent", gateway.post("clinician1", p + "/consents", """
                {"documentCode":"KETAMINE_TREATMENT"}""")).text("id");
        gateway.expect("sign consent", gateway.post("clinician1", "/api/v1/consents/" + consent + "/signature", """
                {"signerName":"Bench Load","attestation":"Signed in my presence"}"""));
        String plan = gateway.expect("draft plan", gateway.post("clinician1", p + "/treatment-plans", """
                {"indication":"Treatment-resistant depression","route":"IV","dose":{"unit":"MG_PER_KG","value":0.5},
                 "infusionMinutes":40,"phases":[{"name":"induction","weeks":3,"sessionsPerWeek":2}],"estimatedSessions":6}"""))
                .text("id");
        gateway.expect("activate plan", gateway.post("clinician1", "/api/v1/treatment-plans/" + plan + "/activation", null));
        if (pathwayPatient == null) {
            pathwayPatient = patient;
        }
        String room = gateway.expect("create room", gateway.post("admin1", "/api/v1/rooms", """
                {"name":"Bench %s %s","clinic":"Bench","equipment":["PULSE_OXIMETER","BLOOD_PRESSURE_MONITOR"]}"""
                .formatted(label, tag))).text("id");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String session = gateway.expect("book session", gateway.post("clinician1", "/api/v1/sessions", """
                {"patientId":"%s","planId":"%s","roomId":"%s","route":"IV","start":"%s","durationMinutes":240}"""
                .formatted(patient, plan, room, now.plus(1, ChronoUnit.MINUTES)))).text("id");
        String s = "/api/v1/sessions/" + session;
        gateway.expect("check in", gateway.post("nurse1", s + "/check-in", null));
        if (gateway.post("nurse1", s + "/vitals", Vitals.batch("probe-" + tag, 1, Instant.now())).ok()) {
            return session;
        }
        Instant ate = now.minus(4, ChronoUnit.HOURS);
        gateway.expect("pre-dose check", gateway.post("nurse1", s + "/pre-dose-check", """
                {"systolic":120,"diastolic":78,"heartRate":72,"spo2":98,"weightKg":70.0,"lastFoodAt":"%s","lastLiquidAt":"%s",
                 "escortConfirmed":true,"pregnancyTest":"NEGATIVE","newInteractingMedication":false,
                 "concomitantMedications":{"benzodiazepines":false,"sedativeHypnotics":false,"psychostimulants":false,"maois":false,"opioids":false}}"""
                .formatted(ate, ate)));
        // the infusion starts after the pre-dose check and runs on while the load is measured
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        gateway.expect("dose", gateway.post("clinician1", s + "/dose", """
                {"route":"IV","doseMg":35,"lotNumber":"BENCH-1","startedAt":"%s"}""".formatted(started)));
        gateway.expect("first vitals reading", gateway.post("nurse1", s + "/vitals", Vitals.batch("probe-" + tag, 1, Instant.now())));
        return session;
    }

    void save() {
        try {
            Path file = Path.of(settings.outFile());
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                out.store(w, "bench fixture and counts");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
