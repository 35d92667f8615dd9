package io.ketacare.gateway.pathway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.ketacare.gateway.support.RealServicesProfile;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pathway composed from the real patient-service and consent-service: every part they own is
 * read, and with consent-service stopped the document still comes, naming the parts it lacks.
 */
@QuarkusTest
@TestProfile(RealServicesProfile.class)
class PathwayWithRealServicesTest {

    static RequestSpecification at(String service) {
        return given().baseUri(RealServices.url(service)).auth().oauth2(RealServices.token("clinician1")).contentType(ContentType.JSON);
    }

    static String eligiblePatient() {
        String mrn = "GW-" + UUID.randomUUID().toString().substring(0, 12);
        String patient = at("patient-service").body("""
                {"mrn":"%s","givenName":"Gale","familyName":"Gateway","birthDate":"1980-02-02","sex":"FEMALE"}""".formatted(mrn))
                .post("/api/v1/patients").then().statusCode(201).extract().path("id");
        at("patient-service").body("{\"instrument\":\"CSSRS_SCREEN\",\"items\":[0,0,0,0,0,0]}")
                .post("/api/v1/patients/" + patient + "/assessments").then().statusCode(201);
        at("patient-service").body("{\"instrument\":\"PHQ9\",\"items\":[2,2,2,2,2,2,2,2,0]}")
                .post("/api/v1/patients/" + patient + "/assessments").then().statusCode(201);
        at("patient-service").body("""
                {"vitals":{"systolicMmHg":118,"diastolicMmHg":78,"heartRateBpm":72,"spo2Percent":98,"weightKg":70.5},
                 "answers":{"pregnant":"NO","breastfeeding":"NO","ketamineHypersensitivity":"NO","activePsychosisOrMania":"NO"}}""")
                .post("/api/v1/patients/" + patient + "/screenings").then().statusCode(201);
        return patient;
    }

    static RequestSpecification gateway() {
        return given().auth().oauth2(RealServices.token("clinician1"));
    }

    @Test
    void anEligiblePatientWithoutConsentIsAtTheConsentStageAndConsentServiceDownLeavesThatUnknown() {
        String patient = eligiblePatient();
        String pathway = "/api/v1/patients/" + patient + "/pathway";

        gateway().get(pathway).then().statusCode(200)
                .body("stage", equalTo("CONSENT"))
                .body("eligibility.decision", equalTo("ELIGIBLE"))
                .body("consent.status", equalTo("AVAILABLE")).body("consent.onRecord", equalTo(0))
                .body("plan.status", equalTo("AVAILABLE"))
                .body("scores.latest[0].instrument", equalTo("PHQ9"))
                .body("sessions.status", equalTo("UNAVAILABLE"))
                .body("sessions.reason", startsWith("session-service"));

        RealServices.stop("consent-service");
        try {
            gateway().get(pathway).then().statusCode(200)
                    .body("stage", equalTo("UNKNOWN"))
                    .body("stageBasis[0]", equalTo("eligible; the consents could not be read"))
                    .body("eligibility.decision", equalTo("ELIGIBLE"))
                    .body("consent", aMapWithSize(2))
                    .body("consent.status", equalTo("UNAVAILABLE"))
                    .body("consent.reason", equalTo("consent-service could not be reached"))
                    .body("plan.status", equalTo("UNAVAILABLE"));
        } finally {
            RealServices.start("consent-service");
        }
    }

    @Test
    void anUnknownPatientIs404FromPatientService() {
        gateway().get("/api/v1/patients/" + UUID.randomUUID() + "/pathway").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
