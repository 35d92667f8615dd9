package io.ketacare.consent.api;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.ketacare.platform.testing.Contracts;
import io.ketacare.platform.testing.RealServices;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Shared set-up of the consent-service API tests: contract-checked requests and request bodies. */
final class ConsentApi {

    static final OpenApiValidationFilter CONTRACT = Contracts.validator("consent-service");
    static final String SEEDED = "KETAMINE_TREATMENT";

    private ConsentApi() {
    }

    /** A request checked against the published contract. */
    static RequestSpecification api() {
        return given().filter(CONTRACT).contentType(ContentType.JSON);
    }

    /** A contract-checked request with a real token of the user (for calls that reach the real patient-service). */
    static RequestSpecification as(String user) {
        return api().auth().oauth2(RealServices.token(user));
    }

    /** A request outside the contract with a real token of the user. */
    static RequestSpecification rawAs(String user) {
        return raw().auth().oauth2(RealServices.token(user));
    }

    /** A request deliberately outside the contract (invalid input). */
    static RequestSpecification raw() {
        return given().contentType(ContentType.JSON);
    }

    static String newCode() {
        return "DOC_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static String document(String code) {
        return "{\"code\":\"" + code + "\",\"title\":\"Consent to treatment\"}";
    }

    static String version(boolean material, String validityDays, String... routes) {
        StringBuilder sections = new StringBuilder();
        for (String route : routes) {
            sections.append(sections.isEmpty() ? "" : ",").append("{\"route\":\"").append(route).append("\",\"text\":\"About ").append(route).append("\"}");
        }
        return "{\"procedure\":\"The procedure\",\"risks\":\"The risks\",\"benefits\":\"The benefits\",\"alternatives\":\"The alternatives\","
                + "\"routeSections\":[" + sections + "]," + (validityDays == null ? "" : "\"validityDays\":" + validityDays + ",")
                + "\"material\":" + material + "}";
    }
}
