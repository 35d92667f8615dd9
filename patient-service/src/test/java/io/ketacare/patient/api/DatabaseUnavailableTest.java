package io.ketacare.patient.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.ketacare.patient.domain.Demographics;
import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Sex;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When every database connection is taken, a request is refused as a 503 to retry, never a 500. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class DatabaseUnavailableTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Patients patients;

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void aRequestFindingNoFreeDatabaseConnectionIsA503WithRetryAfterAndWorksOnceOneIsFree() throws SQLException {
        UUID id = UUID.randomUUID();
        patients.register(id, new Demographics("BUSY-" + id.toString().substring(0, 8), "Bo", "Busy",
                LocalDate.of(1980, 5, 5), Sex.FEMALE, null, null));
        List<Connection> held = new ArrayList<>();
        try {
            while (true) {
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException poolExhausted) {
                    break;
                }
            }
            given().get("/api/v1/patients/" + id).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("https://ketacare.dev/problems/database-unavailable"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().get("/api/v1/patients/" + id).then().statusCode(200).body("givenName", equalTo("Bo"));
    }
}
