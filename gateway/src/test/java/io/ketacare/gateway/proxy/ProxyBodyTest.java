package io.ketacare.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Request and response bodies cross the gateway byte for byte, with or without a length. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ProxyBodyTest {

    private static final byte[] BODY = new byte[3 * 1024 * 1024 + 17];

    static {
        new Random(7).nextBytes(BODY);
    }

    @Test
    void aBodyWithContentLengthIsStreamedIntact() {
        Response response = given().contentType("application/octet-stream").body(BODY)
                .post("/api/v1/patients/p1/assessments");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-Upstream")).isEqualTo("patient-service");
        assertThat(response.asByteArray()).isEqualTo(BODY);
    }

    @Test
    void aChunkedBodyIsStreamedIntact() {
        Response response = given().contentType("application/octet-stream").body(new ByteArrayInputStream(BODY))
                .put("/api/v1/sessions/s1/vitals");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-Upstream")).isEqualTo("session-service");
        assertThat(response.asByteArray()).isEqualTo(BODY);
    }

    @Test
    void aJsonBodyKeepsItsContentType() {
        given().contentType("application/json").body("{\"familyName\":\"Doe\"}")
                .post("/api/v1/patients")
                .then().statusCode(200)
                .contentType("application/json")
                .body(equalTo("{\"familyName\":\"Doe\"}"));
    }
}
