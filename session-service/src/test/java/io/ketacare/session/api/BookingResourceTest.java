package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.book;
import static io.ketacare.session.api.SessionApi.booking;
import static io.ketacare.session.api.SessionApi.freshDay;
import static io.ketacare.session.api.SessionApi.raw;
import static io.ketacare.session.api.SessionApi.room;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BookingResourceTest {

    static final String SESSIONS = "/api/v1/sessions";

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void schedulerBooksAnIntranasalSessionThatRecordsTheProtocolVersion() {
        String room = room();
        UUID patient = UUID.randomUUID();
        Instant start = freshDay();
        String id = api().body(booking(patient, UUID.randomUUID(), room, "INTRANASAL", start, 135)).post(SESSIONS).then().statusCode(201)
                .header("Location", containsString("/api/v1/sessions/")).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("SCHEDULED")).body("authorizationStatus", equalTo("UNVERIFIED"))
                .body("protocolVersion", equalTo(1)).body("end", equalTo(start.plus(Duration.ofMinutes(135)).toString()))
                .body("bookedBy", equalTo("scheduler1")).extract().path("id");
        api().get(SESSIONS + "/" + id).then().statusCode(200).body("patientId", equalTo(patient.toString()));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void intranasalBookingRefusedAt134MinutesAndAcceptedAt135() {
        String room = room();
        Instant start = freshDay();
        api().body(booking(UUID.randomUUID(), UUID.randomUUID(), room, "INTRANASAL", start, 134)).post(SESSIONS).then().statusCode(422)
                .body("type", containsString("session-too-short")).body("criteria[0].code", equalTo("DURATION_BELOW_DOSING_AND_OBSERVATION"))
                .body("criteria[0].message", containsString("at least 135 min"));
        api().body(booking(UUID.randomUUID(), UUID.randomUUID(), room, "INTRANASAL", start, 135)).post(SESSIONS).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void ivBookingRefusedAt99MinutesAndAcceptedAt100() {
        String room = room();
        Instant start = freshDay();
        api().body(booking(UUID.randomUUID(), UUID.randomUUID(), room, "IV", start, 99)).post(SESSIONS).then().statusCode(422);
        api().body(booking(UUID.randomUUID(), UUID.randomUUID(), room, "IV", start, 100)).post(SESSIONS).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void anOverlappingBookingOfTheSameRoomIs409NamingTheConflictingSession() {
        String room = room();
        Instant start = freshDay();
        String first = book(UUID.randomUUID(), room, start);
        api().body(booking(UUID.randomUUID(), UUID.randomUUID(), room, "INTRANASAL", start.plus(Duration.ofMinutes(149)), 150))
                .post(SESSIONS).then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("double-booking")).body("detail", containsString(first))
                .body("criteria[0].code", equalTo("ROOM_ALREADY_BOOKED"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void backToBackBookingsOfOneRoomDoNotOverlap() {
        String room = room();
        Instant start = freshDay();
        book(UUID.randomUUID(), room, start);
        book(UUID.randomUUID(), room, start.plus(Duration.ofMinutes(150)));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void theSamePatientCannotBeInTwoRoomsAtOnce() {
        UUID patient = UUID.randomUUID();
        Instant start = freshDay();
        String first = book(patient, room(), start);
        api().body(booking(patient, UUID.randomUUID(), room(), "INTRANASAL", start.plus(Duration.ofMinutes(30)), 150)).post(SESSIONS)
                .then().statusCode(409).body("criteria[0].code", equalTo("PATIENT_ALREADY_BOOKED")).body("detail", containsString(first));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aCancelledSessionFreesItsSlotAndIsKept() {
        String room = room();
        Instant start = freshDay();
        String first = book(UUID.randomUUID(), room, start);
        api().body("{\"reason\":\"Patient has the flu\"}").post(SESSIONS + "/" + first + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("endReason", equalTo("Patient has the flu"));
        book(UUID.randomUUID(), room, start);
        api().get(SESSIONS + "/" + first).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aSeriesIsBookedAllOrNothingAndReportsEveryConflict() {
        String room = room();
        UUID patient = UUID.randomUUID();
        Instant day = freshDay();
        String blockingRoom = book(UUID.randomUUID(), room, day.plus(Duration.ofDays(3)));
        String blockingPatient = book(patient, room(), day.plus(Duration.ofDays(7)));
        String series = "{\"patientId\":\"" + patient + "\",\"planId\":\"" + UUID.randomUUID() + "\",\"roomId\":\"" + room
                + "\",\"route\":\"INTRANASAL\",\"durationMinutes\":150,\"starts\":[\"" + day + "\",\"" + day.plus(Duration.ofDays(3)) + "\",\""
                + day.plus(Duration.ofDays(7)) + "\",\"" + day.plus(Duration.ofDays(10)) + "\"]}";
        api().body(series).post(SESSIONS + "/series").then().statusCode(409).body("criteria", hasSize(2))
                .body("criteria.code", hasItems("ROOM_ALREADY_BOOKED", "PATIENT_ALREADY_BOOKED"))
                .body("detail", containsString(blockingRoom)).body("detail", containsString(blockingPatient));
        api().queryParam("patientId", patient).get(SESSIONS).then().statusCode(200).body("totalItems", equalTo(1));

        api().body("{\"reason\":\"freed\"}").post(SESSIONS + "/" + blockingRoom + "/cancellation").then().statusCode(200);
        api().body("{\"reason\":\"freed\"}").post(SESSIONS + "/" + blockingPatient + "/cancellation").then().statusCode(200);
        String seriesId = api().body(series).post(SESSIONS + "/series").then().statusCode(201).body("sessions", hasSize(4))
                .extract().path("seriesId");
        api().queryParam("seriesId", seriesId).get(SESSIONS).then().statusCode(200).body("totalItems", equalTo(4));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void slotsOfOneSeriesThatOverlapEachOtherAre400() {
        Instant day = freshDay();
        String series = "{\"patientId\":\"" + UUID.randomUUID() + "\",\"planId\":\"" + UUID.randomUUID() + "\",\"roomId\":\"" + room()
                + "\",\"route\":\"INTRANASAL\",\"durationMinutes\":150,\"starts\":[\"" + day + "\",\"" + day.plus(Duration.ofMinutes(60)) + "\"]}";
        api().body(series).post(SESSIONS + "/series").then().statusCode(400).body("violations[0].field", equalTo("starts[1]"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void rescheduleMovesTheSessionAndKeepsTheOldPeriodInItsHistory() {
        String room = room();
        Instant start = freshDay();
        String id = book(UUID.randomUUID(), room, start);
        String other = book(UUID.randomUUID(), room, start.plus(Duration.ofDays(1)));
        api().body("{\"start\":\"" + start.plus(Duration.ofDays(1)) + "\",\"reason\":\"Patient asked\"}")
                .post(SESSIONS + "/" + id + "/reschedule").then().statusCode(409).body("detail", containsString(other));
        Instant later = start.plus(Duration.ofDays(2));
        api().body("{\"start\":\"" + later + "\",\"reason\":\"Patient asked\"}").post(SESSIONS + "/" + id + "/reschedule")
                .then().statusCode(200).body("start", equalTo(later.toString())).body("status", equalTo("SCHEDULED"));
        api().get(SESSIONS + "/" + id + "/history").then().statusCode(200)
                .body("type", hasItems("BOOKED", "RESCHEDULED")).body("[0].start", equalTo(start.toString()))
                .body("[1].detail", containsString("moved from " + start));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void cancellingTwiceIs409NamingTheCurrentState() {
        String id = book(UUID.randomUUID(), room(), freshDay());
        api().body("{\"reason\":\"r\"}").post(SESSIONS + "/" + id + "/cancellation").then().statusCode(200);
        api().body("{\"reason\":\"r\"}").post(SESSIONS + "/" + id + "/no-show").then().statusCode(409)
                .body("type", containsString("illegal-session-transition")).body("detail", containsString("CANCELLED"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void missingFieldsAndAnUnknownRoomAre400() {
        raw().body("{\"route\":\"INTRANASAL\",\"durationMinutes\":0}").post(SESSIONS).then().statusCode(400)
                .body("violations.field", hasItems("patientId", "planId", "roomId", "start", "durationMinutes"));
        raw().body(booking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID().toString(), "INTRANASAL", freshDay(), 150)).post(SESSIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("roomId"));
        raw().body(booking(UUID.randomUUID(), UUID.randomUUID(), room(), "SUBLINGUAL", freshDay(), 150)).post(SESSIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("route"));
    }
}
