package io.ketacare.patient.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/** A failure nobody foresaw still answers as a problem that names the request, and tells nothing of the inside. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class UnexpectedErrorTest {

    /** Exists only in this test's application, hidden from the published contract. */
    @Path("/test-only/unexpected-failure")
    public static class FailingResource {
        @GET
        @RolesAllowed("clinician")
        @Operation(hidden = true)
        public String fail() {
            throw new IllegalStateException("connection to 10.1.2.3 refused by secret-host");
        }
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void anUnexpectedFailureIsA500ProblemQuotingTheRequestIdWithoutInternals() {
        given().header("X-Request-Id", "req-unexpected-1")
                .get("/test-only/unexpected-failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .header("X-Request-Id", "req-unexpected-1")
                .body("type", equalTo("https://ketacare.dev/problems/internal-error"))
                .body("title", equalTo("Internal error"))
                .body("requestId", equalTo("req-unexpected-1"))
                .body("detail", containsString("req-unexpected-1"))
                .body("detail", not(containsString("secret-host")))
                .body("detail", not(containsString("IllegalStateException")));
    }
}
