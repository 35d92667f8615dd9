package io.ketacare.session.api;

import static io.ketacare.session.api.CheckInAndDoseTest.CONSENTS;
import static io.ketacare.session.api.CheckInAndDoseTest.as;
import static io.ketacare.session.api.CheckInAndDoseTest.at;
import static io.ketacare.session.api.CheckInAndDoseTest.room;
import static io.ketacare.session.api.SessionApi.booking;
import static io.ketacare.session.api.SessionApi.freshDay;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Booking through the API with the plan asked of the real consent-service: the plan must exist, be the patient's and be on the route. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = RealServices.class,
        initArgs = @ResourceArg(name = RealServices.SERVICES, value = "patient-service,consent-service"))
class BookingResourceTest {

    static final String SESSIONS = "/api/v1/sessions";
    static final String INTRANASAL_56 = "{\"unit\":\"MG\",\"value\":56}";
    static final String IV_HALF_MG_PER_KG = "{\"unit\":\"MG_PER_KG\",\"value\":0.5}";

    static RequestSpecification api() {
        return as("scheduler1");
    }

    /** Outside the contract on purpose (invalid input), with a real token. */
    static RequestSpecification raw() {
        return given().auth().oauth2(RealServices.token("scheduler1")).contentType(ContentType.JSON);
    }

    /** A draft plan of the patient in consent-service (a draft is enough to book; check-in asks for an active one). */
    static UUID plan(UUID patient, String route) {
        String dose = route.equals("INTRANASAL") ? INTRANASAL_56 : IV_HALF_MG_PER_KG;
        return UUID.fromString(at(CONSENTS, "clinician1").body("""
                {"indication":"Treatment-resistant depression","route":"%s","dose":%s,
                 "phases":[{"name":"induction","weeks":4,"sessionsPerWeek":2}],"estimatedSessions":8}""".formatted(route, dose))
                .post("/api/v1/patients/" + patient + "/treatment-plans").then().statusCode(201).extract().path("id"));
    }

    /** Books 150 min intranasal for the patient under a plan of their own. */
    static String book(UUID patient, String room, Instant start) {
        return api().body(booking(patient, plan(patient, "INTRANASAL"), room, "INTRANASAL", start, 150)).post(SESSIONS).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void schedulerBooksAnIntranasalSessionThatRecordsTheProtocolVersion() {
        String room = room();
        UUID patient = UUID.randomUUID();
        Instant start = freshDay();
        String id = api().body(booking(patient, plan(patient, "INTRANASAL"), room, "INTRANASAL", start, 135)).post(SESSIONS).then().statusCode(201)
                .header("Location", containsString("/api/v1/sessions/")).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("SCHEDULED")).body("authorizationStatus", equalTo("UNVERIFIED"))
                .body("protocolVersion", equalTo(1)).body("end", equalTo(start.plus(Duration.ofMinutes(135)).toString()))
                .body("bookedBy", containsString("scheduler1")).extract().path("id");
        api().get(SESSIONS + "/" + id).then().statusCode(200).body("patientId", equalTo(patient.toString()));
    }

    @Test
    void intranasalBookingRefusedAt134MinutesAndAcceptedAt135() {
        String room = room();
        Instant start = freshDay();
        UUID patient = UUID.randomUUID();
        UUID plan = plan(patient, "INTRANASAL");
        api().body(booking(patient, plan, room, "INTRANASAL", start, 134)).post(SESSIONS).then().statusCode(422)
                .body("type", containsString("session-too-short")).body("criteria[0].code", equalTo("DURATION_BELOW_DOSING_AND_OBSERVATION"))
                .body("criteria[0].message", containsString("at least 135 min"));
        api().body(booking(patient, plan, room, "INTRANASAL", start, 135)).post(SESSIONS).then().statusCode(201);
    }

    @Test
    void ivBookingRefusedAt99MinutesAndAcceptedAt100() {
        String room = room();
        Instant start = freshDay();
        UUID patient = UUID.randomUUID();
        UUID plan = plan(patient, "IV");
        api().body(booking(patient, plan, room, "IV", start, 99)).post(SESSIONS).then().statusCode(422);
        api().body(booking(patient, plan, room, "IV", start, 100)).post(SESSIONS).then().statusCode(201);
    }

    @Test
    void bookingUnderAPlanIdConsentServiceDoesNotKnowIsRefusedAndBooksNothing() {
        UUID patient = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        api().body(booking(patient, unknown, room(), "INTRANASAL", freshDay(), 150)).post(SESSIONS).then().statusCode(422)
                .body("type", containsString("booking-plan-mismatch")).body("criteria", hasSize(1))
                .body("criteria[0].code", equalTo("PLAN_NOT_FOUND")).body("criteria[0].message", containsString(unknown.toString()));
        api().queryParam("patientId", patient).get(SESSIONS).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void bookingUnderAnotherPatientsPlanIsRefused() {
        UUID patient = UUID.randomUUID();
        UUID othersPlan = plan(UUID.randomUUID(), "INTRANASAL");
        api().body(booking(patient, othersPlan, room(), "INTRANASAL", freshDay(), 150)).post(SESSIONS).then().statusCode(422)
                .body("type", containsString("booking-plan-mismatch")).body("criteria", hasSize(1))
                .body("criteria[0].code", equalTo("PLAN_OF_ANOTHER_PATIENT"));
        api().queryParam("patientId", patient).get(SESSIONS).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void bookingAnIvSessionUnderAnIntranasalPlanIsRefusedNamingThePlansRoute() {
        UUID patient = UUID.randomUUID();
        UUID intranasal = plan(patient, "INTRANASAL");
        api().body(booking(patient, intranasal, room(), "IV", freshDay(), 150)).post(SESSIONS).then().statusCode(422)
                .body("criteria", hasSize(1)).body("criteria[0].code", equalTo("ROUTE_DIFFERS_FROM_PLAN"))
                .body("criteria[0].message", containsString("book the plan's route INTRANASAL"));
    }

    @Test
    void bookingUnderACancelledPlanIsRefused() {
        UUID patient = UUID.randomUUID();
        UUID plan = plan(patient, "INTRANASAL");
        at(CONSENTS, "clinician1").body("{\"status\":\"CANCELLED\",\"reason\":\"Patient chose another treatment\"}")
                .post("/api/v1/treatment-plans/" + plan + "/status-changes").then().statusCode(200);
        api().body(booking(patient, plan, room(), "INTRANASAL", freshDay(), 150)).post(SESSIONS).then().statusCode(422)
                .body("criteria", hasSize(1)).body("criteria[0].code", equalTo("PLAN_ENDED"))
                .body("criteria[0].message", containsString("CANCELLED"));
    }

    @Test
    void aSeriesUnderAnotherPatientsPlanOnAnotherRouteListsBothAndBooksNothing() {
        UUID patient = UUID.randomUUID();
        UUID othersIvPlan = plan(UUID.randomUUID(), "IV");
        Instant day = freshDay();
        String series = "{\"patientId\":\"" + patient + "\",\"planId\":\"" + othersIvPlan + "\",\"roomId\":\"" + room()
                + "\",\"route\":\"INTRANASAL\",\"durationMinutes\":150,\"starts\":[\"" + day + "\",\"" + day.plus(Duration.ofDays(3)) + "\"]}";
        api().body(series).post(SESSIONS + "/series").then().statusCode(422).body("type", containsString("booking-plan-mismatch"))
                .body("criteria.code", hasItems("PLAN_OF_ANOTHER_PATIENT", "ROUTE_DIFFERS_FROM_PLAN")).body("criteria", hasSize(2));
        api().queryParam("patientId", patient).get(SESSIONS).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anOverlappingBookingOfTheSameRoomIs409NamingTheConflictingSession() {
        String room = room();
        Instant start = freshDay();
        String first = book(UUID.randomUUID(), room, start);
        UUID other = UUID.randomUUID();
        api().body(booking(other, plan(other, "INTRANASAL"), room, "INTRANASAL", start.plus(Duration.ofMinutes(149)), 150))
                .post(SESSIONS).then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("double-booking")).body("detail", containsString(first))
                .body("criteria[0].code", equalTo("ROOM_ALREADY_BOOKED"));
    }

    @Test
    void backToBackBookingsOfOneRoomDoNotOverlap() {
        String room = room();
        Instant start = freshDay();
        book(UUID.randomUUID(), room, start);
        book(UUID.randomUUID(), room, start.plus(Duration.ofMinutes(150)));
    }

    @Test
    void theSamePatientCannotBeInTwoRoomsAtOnce() {
        UUID patient = UUID.randomUUID();
        Instant start = freshDay();
        String first = book(patient, room(), start);
        api().body(booking(patient, plan(patient, "INTRANASAL"), room(), "INTRANASAL", start.plus(Duration.ofMinutes(30)), 150)).post(SESSIONS)
                .then().statusCode(409).body("criteria[0].code", equalTo("PATIENT_ALREADY_BOOKED")).body("detail", containsString(first));
    }

    @Test
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
    void aSeriesIsBookedAllOrNothingAndReportsEveryConflict() {
        String room = room();
        UUID patient = UUID.randomUUID();
        UUID plan = plan(patient, "INTRANASAL");
        Instant day = freshDay();
        String blockingRoom = book(UUID.randomUUID(), room, day.plus(Duration.ofDays(3)));
        String blockingPatient = book(patient, room(), day.plus(Duration.ofDays(7)));
        String series = "{\"patientId\":\"" + patient + "\",\"planId\":\"" + plan + "\",\"roomId\":\"" + room
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
    void slotsOfOneSeriesThatOverlapEachOtherAre400() {
        Instant day = freshDay();
        String series = "{\"patientId\":\"" + UUID.randomUUID() + "\",\"planId\":\"" + UUID.randomUUID() + "\",\"roomId\":\"" + room()
                + "\",\"route\":\"INTRANASAL\",\"durationMinutes\":150,\"starts\":[\"" + day + "\",\"" + day.plus(Duration.ofMinutes(60)) + "\"]}";
        api().body(series).post(SESSIONS + "/series").then().statusCode(400).body("violations[0].field", equalTo("starts[1]"));
    }

    @Test
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
    void cancellingTwiceIs409NamingTheCurrentState() {
        String id = book(UUID.randomUUID(), room(), freshDay());
        api().body("{\"reason\":\"r\"}").post(SESSIONS + "/" + id + "/cancellation").then().statusCode(200);
        api().body("{\"reason\":\"r\"}").post(SESSIONS + "/" + id + "/no-show").then().statusCode(409)
                .body("type", containsString("illegal-session-transition")).body("detail", containsString("CANCELLED"));
    }

    @Test
    void missingFieldsAndAnUnknownRoomAre400() {
        raw().body("{\"route\":\"INTRANASAL\",\"durationMinutes\":0}").post(SESSIONS).then().statusCode(400)
                .body("violations.field", hasItems("patientId", "planId", "roomId", "start", "durationMinutes"));
        raw().body(booking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID().toString(), "INTRANASAL", freshDay(), 150)).post(SESSIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("roomId"));
        raw().body(booking(UUID.randomUUID(), UUID.randomUUID(), room(), "SUBLINGUAL", freshDay(), 150)).post(SESSIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("route"));
    }

    @Test
    void proposalsIn9amNewYorkKeep9LocalAcrossTheEndOfDaylightSavingTimeInTheRoomsClinicOrTheZoneAsked() {
        UUID patient = CheckInAndDoseTest.eligiblePatient();
        CheckInAndDoseTest.consent(patient);
        String plan = CheckInAndDoseTest.activePlan(patient, "INTRANASAL", INTRANASAL_56);
        String room = api().body("{\"name\":\"Chair 1\",\"clinic\":\"New York " + UUID.randomUUID()
                + "\",\"equipment\":[],\"timeZone\":\"America/New_York\"}").post("/api/v1/rooms").then().statusCode(201).extract().path("id");
        // Monday 2026-10-26 09:00 EDT; daylight-saving time ends on Sunday 2026-11-01: the week after, 09:00 EST is 14:00Z
        String from = "2026-10-26T13:00:00Z";
        for (RequestSpecification request : java.util.List.of(api().queryParam("roomId", room), api().queryParam("timeZone", "America/New_York"))) {
            request.queryParam("from", from).get("/api/v1/treatment-plans/" + plan + "/proposed-sessions").then().statusCode(200)
                    .body("proposals[0].start", equalTo("2026-10-26T13:00:00Z")).body("proposals[1].start", equalTo("2026-10-29T13:00:00Z"))
                    .body("proposals[2].start", equalTo("2026-11-02T14:00:00Z")).body("proposals[3].start", equalTo("2026-11-05T14:00:00Z"));
        }
        api().queryParam("from", from).get("/api/v1/treatment-plans/" + plan + "/proposed-sessions").then().statusCode(200)
                .body("proposals[2].start", equalTo("2026-11-02T13:00:00Z"));
        api().queryParam("timeZone", "Eastern").get("/api/v1/treatment-plans/" + plan + "/proposed-sessions").then().statusCode(400)
                .body("violations[0].field", equalTo("timeZone"));
        api().queryParam("roomId", room).queryParam("timeZone", "America/New_York").get("/api/v1/treatment-plans/" + plan + "/proposed-sessions")
                .then().statusCode(400).body("violations[0].field", equalTo("timeZone"));
        api().queryParam("roomId", UUID.randomUUID()).get("/api/v1/treatment-plans/" + plan + "/proposed-sessions").then().statusCode(400)
                .body("violations[0].field", equalTo("roomId"));
    }
}
