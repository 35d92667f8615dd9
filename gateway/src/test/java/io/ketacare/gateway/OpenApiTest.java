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
        assertThat(merged.get("servers")).isEqualTo(List.of(Map.of("url", "http://127.0.0.1:8080")));
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
