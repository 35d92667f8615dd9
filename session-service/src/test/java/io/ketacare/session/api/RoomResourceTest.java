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

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aRoomOfANewClinicSetsTheClinicsTimeZoneAndLaterRoomsShowIt() {
        String clinic = "Pacific " + java.util.UUID.randomUUID();
        String id = api().body("{\"name\":\"Chair 1\",\"clinic\":\"" + clinic + "\",\"equipment\":[],\"timeZone\":\"America/Los_Angeles\"}")
                .post("/api/v1/rooms").then().statusCode(201).body("timeZone", equalTo("America/Los_Angeles")).extract().path("id");
        api().get("/api/v1/rooms/" + id).then().statusCode(200).body("timeZone", equalTo("America/Los_Angeles"));
        api().body("{\"name\":\"Chair 2\",\"clinic\":\"" + clinic + "\",\"equipment\":[]}").post("/api/v1/rooms").then().statusCode(201)
                .body("timeZone", equalTo("America/Los_Angeles"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aNewClinicRegisteredWithoutATimeZoneGetsTheConfiguredDefault() {
        api().body("{\"name\":\"Chair 1\",\"clinic\":\"Plain " + java.util.UUID.randomUUID() + "\",\"equipment\":[]}").post("/api/v1/rooms")
                .then().statusCode(201).body("timeZone", equalTo("UTC"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aTimeZoneThatIsNotAnIanaZoneIs400NamingTheField() {
        String clinic = "Nowhere " + java.util.UUID.randomUUID();
        api().body("{\"name\":\"Chair 1\",\"clinic\":\"" + clinic + "\",\"equipment\":[],\"timeZone\":\"Mars/Olympus_Mons\"}")
                .post("/api/v1/rooms").then().statusCode(400).body("violations[0].field", equalTo("timeZone"))
                .body("violations[0].message", containsString("not an IANA time zone"));
        api().queryParam("clinic", clinic).get("/api/v1/rooms").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aRoomNamingAnotherTimeZoneThanItsKnownClinicsIs409() {
        String clinic = "Eastside " + java.util.UUID.randomUUID();
        api().body("{\"name\":\"Chair 1\",\"clinic\":\"" + clinic + "\",\"equipment\":[],\"timeZone\":\"America/New_York\"}")
                .post("/api/v1/rooms").then().statusCode(201);
        api().body("{\"name\":\"Chair 2\",\"clinic\":\"" + clinic + "\",\"equipment\":[],\"timeZone\":\"Europe/Paris\"}")
                .post("/api/v1/rooms").then().statusCode(409).body("type", containsString("clinic-time-zone-differs"))
                .body("detail", containsString("America/New_York"));
        api().body("{\"name\":\"Chair 2\",\"clinic\":\"" + clinic + "\",\"equipment\":[],\"timeZone\":\"America/New_York\"}")
                .post("/api/v1/rooms").then().statusCode(201);
    }
}
