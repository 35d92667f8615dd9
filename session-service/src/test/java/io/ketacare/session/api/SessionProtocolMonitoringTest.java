package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * The monitoring numbers of the session protocol: deep-sedation limit and vitals schedule, seeded and carried over.
 * Publishes versions like SessionProtocolResourceTest (named to run beside it, after the tests that expect version 1).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SessionProtocolMonitoringTest {

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void theSeededProtocolHoldsTheDeepSedationLimitAndTheVitalsSchedulePerRoute() {
        api().get("/api/v1/session-protocols/1").then().statusCode(200)
                .body("alertMoaas", equalTo(2)).body("vitalsGraceMinutes", equalTo(5))
                .body("routes.find { it.route == 'INTRANASAL' }.vitalsDueMinutes", contains(0, 40))
                .body("routes.find { it.route == 'INTRANASAL' }.vitalsDosingIntervalMinutes", equalTo(0))
                .body("routes.find { it.route == 'INTRANASAL' }.vitalsObservationIntervalMinutes", equalTo(0))
                .body("routes.find { it.route == 'IV' }.vitalsDueMinutes", contains(0, 40))
                .body("routes.find { it.route == 'IV' }.vitalsDosingIntervalMinutes", equalTo(10))
                .body("routes.find { it.route == 'IV' }.vitalsObservationIntervalMinutes", equalTo(15));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void aPublishedVersionWithoutTheMonitoringNumbersCarriesThemOverAndGivenOnesAreKept() {
        api().body(SessionProtocolResourceTest.protocol(140, SessionProtocolResourceTest.ROUTES)).post("/api/v1/session-protocols")
                .then().statusCode(201).body("alertMoaas", equalTo(2)).body("vitalsGraceMinutes", equalTo(5))
                .body("routes.find { it.route == 'IV' }.vitalsDosingIntervalMinutes", equalTo(10))
                .body("routes.find { it.route == 'IV' }.vitalsDueMinutes", contains(0, 40));
        String ivGiven = SessionProtocolResourceTest.ROUTES.replace("{\"route\":\"IV\",",
                "{\"route\":\"IV\",\"vitalsDueMinutes\":[40,0],\"vitalsDosingIntervalMinutes\":10,\"vitalsObservationIntervalMinutes\":15,");
        api().body(SessionProtocolResourceTest.protocol(140, ivGiven).replace("\"routes\":", "\"alertMoaas\":2,\"vitalsGraceMinutes\":5,\"routes\":"))
                .post("/api/v1/session-protocols").then().statusCode(201)
                .body("routes.find { it.route == 'IV' }.vitalsDueMinutes", contains(0, 40)).body("alertMoaas", equalTo(2));
    }
}
