package io.ketacare.session.api;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.ketacare.platform.testing.Contracts;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Shared set-up of the session-service API tests: contract-checked requests and request bodies. */
public final class SessionApi {

    public static final OpenApiValidationFilter CONTRACT = Contracts.validator("session-service");
    /** Each test books far from the others so that they never share a slot. */
    private static final AtomicLong NEXT_DAY = new AtomicLong(1);

    private SessionApi() {
    }

    /** A request checked against the published contract. */
    public static RequestSpecification api() {
        return given().filter(CONTRACT).contentType(ContentType.JSON);
    }

    /** A request deliberately outside the contract (invalid input). */
    public static RequestSpecification raw() {
        return given().contentType(ContentType.JSON);
    }

    /** A day of its own, 9:00 UTC, in the future, for one test. */
    public static Instant freshDay() {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(400 + NEXT_DAY.getAndIncrement() * 3, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS);
    }

    public static String room() {
        return api().body("{\"name\":\"Room " + UUID.randomUUID() + "\",\"clinic\":\"Downtown\",\"equipment\":[\"PULSE_OXIMETER\",\"BLOOD_PRESSURE_MONITOR\"]}")
                .post("/api/v1/rooms").then().statusCode(201).extract().path("id");
    }

    public static String booking(UUID patient, UUID plan, String room, String route, Instant start, int minutes) {
        return "{\"patientId\":\"" + patient + "\",\"planId\":\"" + plan + "\",\"roomId\":\"" + room + "\",\"route\":\"" + route
                + "\",\"start\":\"" + start + "\",\"durationMinutes\":" + minutes + "}";
    }
}
