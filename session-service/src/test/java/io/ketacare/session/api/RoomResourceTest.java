package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RoomResourceTest {

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void schedulerRegistersARoomWithItsMonitoringEquipmentAndReadsIt() {
        String id = api().body("{\"name\":\"Chair 7\",\"clinic\":\"Uptown\",\"equipment\":[\"PULSE_OXIMETER\",\"OXYGEN\"]}")
                .post("/api/v1/rooms").then().statusCode(201).header("Location", containsString("/api/v1/rooms/"))
                .body("name", equalTo("Chair 7")).extract().path("id");
        api().get("/api/v1/rooms/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("equipment", hasItems("PULSE_OXIMETER", "OXYGEN"));
        api().queryParam("clinic", "Uptown").get("/api/v1/rooms").then().statusCode(200).body("items.name", hasItems("Chair 7"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aSecondRoomWithTheSameNameInTheClinicIsAConflict() {
        String body = "{\"name\":\"Chair twin\",\"clinic\":\"Westside\",\"equipment\":[]}";
        api().body(body).post("/api/v1/rooms").then().statusCode(201);
        api().body(body).post("/api/v1/rooms").then().statusCode(409).body("type", containsString("duplicate-room"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void unknownEquipmentAndMissingNameAre400WithTheFields() {
        raw().body("{\"clinic\":\"Uptown\",\"equipment\":[\"TELEPORTER\"]}").post("/api/v1/rooms").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", containsString("equipment"));
        raw().body("{\"clinic\":\"Uptown\",\"equipment\":[]}").post("/api/v1/rooms").then().statusCode(400)
                .body("violations.field", hasItems("name"));
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    void aPatientMayNotRegisterRooms() {
        api().body("{\"name\":\"Chair 9\",\"clinic\":\"Uptown\",\"equipment\":[]}").post("/api/v1/rooms").then().statusCode(403);
    }
}
