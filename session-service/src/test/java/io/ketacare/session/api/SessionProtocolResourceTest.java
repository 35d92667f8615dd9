package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.raw;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SessionProtocolResourceTest {

    static final String ROUTES = "[{\"route\":\"IV\",\"minimumObservationMinutes\":60,\"dosingMinutes\":40,\"doseTolerancePercent\":5,"
            + "\"allowedFixedDosesMg\":[],\"fastingLiquidMinutes\":0},{\"route\":\"IM\",\"minimumObservationMinutes\":60,\"dosingMinutes\":5,"
            + "\"doseTolerancePercent\":5,\"allowedFixedDosesMg\":[],\"fastingLiquidMinutes\":0},{\"route\":\"ORAL_LOZENGE\","
            + "\"minimumObservationMinutes\":60,\"dosingMinutes\":20,\"doseTolerancePercent\":5,\"allowedFixedDosesMg\":[],\"fastingLiquidMinutes\":0},"
            + "{\"route\":\"INTRANASAL\",\"minimumObservationMinutes\":120,\"dosingMinutes\":15,\"doseTolerancePercent\":0,"
            + "\"allowedFixedDosesMg\":[28,56,84],\"fastingLiquidMinutes\":30}]";

    static String protocol(int maxSystolic, String routes) {
        return "{\"maxSystolic\":" + maxSystolic + ",\"maxDiastolic\":90,\"maxHeartRate\":110,\"minSpo2\":94,\"fastingFoodMinutes\":120,"
                + "\"bloodPressureOverrideAllowed\":true,\"alertRepeatSystolic\":180,\"alertRepeatDiastolic\":110,\"alertRepeatWindowMinutes\":5,"
                + "\"alertOnceSystolic\":200,\"alertOnceDiastolic\":120,\"alertHeartRate\":120,\"alertSpo2\":90,\"dischargeMoaas\":5,"
                + "\"dischargeBaselineTolerancePercent\":20,\"doseRecordMaxAgeMinutes\":240,\"remsDueDays\":7,\"routes\":" + routes + "}";
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void theSeededProtocolCarriesTheClinicalRulesDefaults() {
        api().get("/api/v1/session-protocols/1").then().statusCode(200).body("maxSystolic", equalTo(140)).body("maxDiastolic", equalTo(90))
                .body("maxHeartRate", equalTo(110)).body("minSpo2", equalTo(94)).body("alertOnceSystolic", equalTo(200))
                .body("routes.find { it.route == 'INTRANASAL' }.minimumObservationMinutes", equalTo(120))
                .body("routes.find { it.route == 'INTRANASAL' }.allowedFixedDosesMg", hasItems(28, 56, 84))
                .body("routes.find { it.route == 'IV' }.doseTolerancePercent", equalTo(5));
        api().get("/api/v1/session-protocols/current").then().statusCode(200).body("version", greaterThan(0));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void adminPublishesANewVersionAndEveryRouteMustAppear() {
        api().body(protocol(140, ROUTES)).post("/api/v1/session-protocols").then().statusCode(201)
                .body("version", greaterThan(1)).body("publishedBy", equalTo("admin1")).body("bloodPressureOverrideAllowed", equalTo(true));
        raw().body(protocol(140, "[" + ROUTES.substring(1, ROUTES.indexOf("},{") + 1) + "]")).post("/api/v1/session-protocols")
                .then().statusCode(400).body("violations.field", hasItems("routes"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void aNurseMayNotPublishAProtocol() {
        api().body(protocol(150, ROUTES)).post("/api/v1/session-protocols").then().statusCode(403);
    }
}
