package io.ketacare.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.ketacare.gateway.support.Contracts;
import io.ketacare.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** {@code /openapi} is one document holding every operation and schema of every service contract. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class OpenApiTest {

    @Test
    void theMergedDocumentHoldsEveryPublishedOperationAndSchema() {
        String yaml = given().get("/openapi").then().statusCode(200).extract().asString();
        Map<String, Object> merged = Contracts.withoutExamples(new Yaml().load(yaml));

        assertThat(merged.get("openapi")).isEqualTo("3.0.3");
        assertThat(Contracts.map(merged, "info").get("title")).isEqualTo("KetaCare API");
        assertThat((List<?>) merged.get("servers")).singleElement()
                .isEqualTo(Map.of("url", "/", "description", "Relative to the host serving this document: the local gateway or the production gateway",
                        "x-internal", false));
        Map<String, Object> paths = Contracts.map(merged, "paths");
        assertThat(paths).containsKey("/api/v1/patients/{patientId}");
        Contracts.all().forEach((service, contract) -> {
            Contracts.map(contract, "paths").forEach((path, operations) -> assertThat(Contracts.map(paths, path))
                    .as(service + " " + path).containsAllEntriesOf(Contracts.map(contract, "paths", path)));
            assertThat(Contracts.map(merged, "components", "schemas"))
                    .containsAllEntriesOf(Contracts.map(contract, "components", "schemas"));
        });
    }

    @Test
    void theMergedDocumentDocumentsThePathwayButNotTheFhirFace() {
        given().queryParam("format", "json").get("/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/patients/{patientId}/pathway'.get.operationId", equalTo("getPathway"))
                .body("paths.'/api/v1/patients/{patientId}/pathway'.get.responses.'404'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/patients/{patientId}/pathway'.get", org.hamcrest.Matchers.not(hasKey("requestBody")))
                .body("components.schemas", org.hamcrest.Matchers.not(hasKey("RoutingContext")))
                .body("components.schemas", hasKey("Pathway"))
                .body("components.schemas", hasKey("PathwayStage"))
                .body("paths.keySet().findAll { it.startsWith('/fhir') }", org.hamcrest.Matchers.empty());
    }

    @Test
    void thePathwayAnswersCarryTheRateLimitHeadersAndDocumentThe429() {
        String get = "paths.'/api/v1/patients/{patientId}/pathway'.get.responses.";
        var doc = given().queryParam("format", "json").get("/openapi").then().statusCode(200);
        for (String status : List.of("200", "401", "403", "404", "429")) {
            doc.body(get + "'" + status + "'.headers", hasKey("RateLimit-Limit"))
                    .body(get + "'" + status + "'.headers", hasKey("RateLimit-Remaining"))
                    .body(get + "'" + status + "'.headers", hasKey("RateLimit-Reset"));
        }
        doc.body(get + "'429'.headers", hasKey("Retry-After"));
    }

    /** The merged document as served, written where {@code ./ketacare lint-contracts} lints it with the service contracts. */
    @Test
    void theMergedDocumentIsWrittenForTheLint() throws java.io.IOException {
        String yaml = given().get("/openapi").then().statusCode(200).extract().asString();
        java.nio.file.Path file = java.nio.file.Path.of("target", "openapi", "ketacare-api.yaml");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, yaml);
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void theMergedDocumentIsAlsoServedAsJson() {
        given().queryParam("format", "json").get("/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("openapi", equalTo("3.0.3"))
                .body("paths", hasKey("/api/v1/patients/{patientId}"))
                .body("components.securitySchemes", hasKey("bearer"));
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/swagger-ui/index.html").then().statusCode(200);
    }
}
