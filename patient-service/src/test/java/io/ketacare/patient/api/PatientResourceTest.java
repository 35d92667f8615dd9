package io.ketacare.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.ketacare.patient.domain.Demographics;
import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Sex;
import io.ketacare.platform.testing.Contracts;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PatientResourceTest {

    static final OpenApiValidationFilter CONTRACT = Contracts.validator("patient-service");
    static final String SELF = "0a0a0a0a-1111-4222-8333-444444444444";

    @Inject
    Patients registry;

    static String body(String mrn) {
        return """
                {"mrn":"%s","givenName":"Alex","familyName":"Rivera","birthDate":"1984-03-17","sex":"FEMALE",
                 "phone":"+1 555 0100","email":"alex.rivera@example.org"}""".formatted(mrn);
    }

    static String uniqueMrn() {
        return "T-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static RequestSpecification api() {
        return given().filter(CONTRACT).contentType(ContentType.JSON);
    }

    static String register(String mrn) {
        return api().body(body(mrn)).post("/api/v1/patients").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void clinicianRegistersAndReadsPatientWithEtag() {
        String mrn = uniqueMrn();
        Response created = api().body(body(mrn)).post("/api/v1/patients");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/patients/"))
                .header("ETag", equalTo("\"0\""))
                .header("X-Request-Id", notNullValue())
                .body("mrn", equalTo(mrn)).body("version", equalTo(0));
        String id = created.path("id");

        api().get("/api/v1/patients/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("familyName", equalTo("Rivera"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void invalidFieldsAreListedAsViolations() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"mrn":"bad mrn!","givenName":"","familyName":"Rivera","birthDate":"2999-01-01","sex":"FEMALE","email":"nope"}""")
                .post("/api/v1/patients").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ketacare.dev/problems/validation"))
                .body("violations.field", hasItem("mrn"))
                .body("violations.field", hasItem("givenName"))
                .body("violations.field", hasItem("birthDate"))
                .body("violations.field", hasItem("email"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void unreadableValueNamesTheField() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"mrn":"X-1","givenName":"A","familyName":"B","birthDate":"17/03/1984","sex":"FEMALE"}""")
                .post("/api/v1/patients").then().statusCode(400)
                .body("violations[0].field", equalTo("birthDate"));
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/patients").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void duplicateMrnIsAConflict() {
        String mrn = uniqueMrn();
        register(mrn);
        api().body(body(mrn)).post("/api/v1/patients").then().statusCode(409)
                .body("type", equalTo("https://ketacare.dev/problems/duplicate-mrn"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void updateNeedsTheCurrentEtag() {
        String id = register(uniqueMrn());
        String changed = body(uniqueMrn()).replace("Rivera", "Rivera-Lopez");

        // deliberately outside the contract: the If-Match header is left out
        given().contentType(ContentType.JSON).body(changed).put("/api/v1/patients/" + id).then().statusCode(428)
                .body("type", equalTo("https://ketacare.dev/problems/if-match-required"));
        api().header("If-Match", "\"7\"").body(changed).put("/api/v1/patients/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(changed).put("/api/v1/patients/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("familyName", equalTo("Rivera-Lopez"));
        api().header("If-Match", "\"0\"").body(changed).put("/api/v1/patients/" + id).then().statusCode(412);
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void parallelUpdatesWithTheSameEtagLetExactlyOneWin() throws Exception {
        String id = register(uniqueMrn());
        List<Callable<Integer>> updates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String changed = body(uniqueMrn()).replace("Alex", "Alex" + i);
            updates.add(() -> given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                    .put("/api/v1/patients/" + id).statusCode());
        }
        List<Integer> statuses = runAll(updates);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(9);
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void idempotentRetryReturnsTheFirstResponse() throws Exception {
        String key = UUID.randomUUID().toString();
        String mrn = uniqueMrn();
        List<Callable<String>> retries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            retries.add(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(mrn))
                    .post("/api/v1/patients").then().statusCode(201).extract().path("id"));
        }
        assertThat(runAll(retries)).containsOnly(runAll(retries).get(0));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(uniqueMrn()))
                .post("/api/v1/patients").then().statusCode(409)
                .body("type", equalTo("https://ketacare.dev/problems/idempotency-key-reused"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void nurseMayNotRegister() {
        api().body(body(uniqueMrn())).post("/api/v1/patients").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get("/api/v1/patients").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = SELF))
    void patientSeesOnlyTheirOwnRecord() {
        // another patient's record is "not found", whether it exists or not
        given().get("/api/v1/patients/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/patients").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void searchPagesByNamePrefixAndMrn() {
        String mrn = uniqueMrn();
        String family = "Zed" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            api().body(body(i == 0 ? mrn : uniqueMrn()).replace("Rivera", family)).post("/api/v1/patients").then().statusCode(201);
        }
        api().queryParam("q", family.toLowerCase()).queryParam("size", 2).get("/api/v1/patients").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("totalItems", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2));
        api().queryParam("q", mrn).get("/api/v1/patients").then().body("totalItems", equalTo(1));
        given().queryParam("size", 201).get("/api/v1/patients").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "integrator1", roles = "integrator")
    void anIntegratorSearchesByNameForTheEhrButRegistersNoOne() {
        String family = "Yarrow" + UUID.randomUUID().toString().substring(0, 6);
        api().body(body(uniqueMrn()).replace("Rivera", family)).post("/api/v1/patients").then().statusCode(403);
        registerDirectly(family);
        api().queryParam("q", family).get("/api/v1/patients").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].familyName", equalTo(family));
    }

    /** Registered directly: the integrator may not register. */
    void registerDirectly(String family) {
        registry.register(new Demographics(uniqueMrn(), "Alex", family, LocalDate.of(1984, 3, 17), Sex.FEMALE, null, null));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void everyAccessIsAudited() {
        String id = register(uniqueMrn());
        api().get("/api/v1/patients/" + id).then().statusCode(200);
        api().queryParam("patientId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(2))
                .body("items.action", hasItem("CREATE"))
                .body("items.action", hasItem("READ"))
                .body("items.actorName", hasItem("admin1"))
                .body("items.role", hasItem("admin"));
    }

    static <T> List<T> runAll(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
