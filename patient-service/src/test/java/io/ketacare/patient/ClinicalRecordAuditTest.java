package io.ketacare.patient;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ketacare.patient.domain.Demographics;
import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Sex;
import io.ketacare.platform.audit.AuditEntry;
import io.ketacare.platform.audit.AuditTrail;
import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.web.PageParams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reads and writes of the clinical record are filed under the patient in the audit trail. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ClinicalRecordAuditTest {

    @Inject
    Patients patients;

    @Inject
    AuditTrail trail;

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void clinicalRecordAccessIsAuditedUnderThePatient() {
        UUID patient = patients.register(new Demographics("AUD-" + UUID.randomUUID().toString().substring(0, 8), "Ari", "Audit",
                LocalDate.of(1990, 5, 5), Sex.OTHER, null, null)).id;
        String base = "/api/v1/patients/" + patient;
        given().contentType(ContentType.JSON).body("{\"instrument\":\"PHQ9\",\"items\":[1,1,1,1,1,1,1,1,0]}")
                .post(base + "/assessments").then().statusCode(201);
        given().get(base + "/eligibility").then().statusCode(200);
        given().get(base + "/medications/" + UUID.randomUUID()).then().statusCode(404);

        assertThat(trail.find(patient, new PageParams(0, 50)).items())
                .extracting(AuditEntry::action, AuditEntry::path, AuditEntry::outcome, AuditEntry::actorName)
                .contains(
                        tuple("CREATE", base + "/assessments", "SUCCESS", "clinician1"),
                        tuple("READ", base + "/eligibility", "SUCCESS", "clinician1"))
                .anySatisfy(t -> assertThat(t.toList()).contains("DENIED"));
    }
}
