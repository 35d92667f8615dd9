package io.ketacare.session.api;

import static io.ketacare.session.api.BookingResourceTest.plan;
import static io.ketacare.session.api.CheckInAndDoseTest.room;
import static io.ketacare.session.api.SessionApi.booking;
import static io.ketacare.session.api.SessionApi.freshDay;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** Parallel requests for one slot (each plan checked by the real consent-service): PostgreSQL lets exactly one through, every other gets a 409. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = RealServices.class,
        initArgs = @ResourceArg(name = RealServices.SERVICES, value = "patient-service,consent-service"))
class BookingRaceTest {

    static RequestSpecification api() {
        return given().filter(SessionApi.CONTRACT).auth().oauth2(RealServices.token("scheduler1")).contentType(ContentType.JSON);
    }

    private static final Logger LOG = Logger.getLogger(BookingRaceTest.class);
    static final int PARALLEL = 50;

    @Test
    void fiftyParallelBookingsOfOneRoomSlotGiveExactlyOne201And49Conflicts() throws Exception {
        String room = room();
        Instant start = freshDay();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            UUID patient = UUID.randomUUID();
            bodies.add(booking(patient, plan(patient, "INTRANASAL"), room, "INTRANASAL", start, 150));
        }
        Map<Integer, Long> statuses = race("one room", bodies::get);
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, (long) PARALLEL - 1));
        api().queryParam("roomId", room).get("/api/v1/sessions").then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void fiftyParallelBookingsOfOnePatientInDifferentRoomsGiveExactlyOne201And49Conflicts() throws Exception {
        UUID patient = UUID.randomUUID();
        UUID plan = plan(patient, "INTRANASAL");
        Instant start = freshDay();
        List<String> rooms = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            rooms.add(room());
        }
        Map<Integer, Long> statuses = race("one patient", i -> booking(patient, plan, rooms.get(i), "INTRANASAL", start, 150));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, (long) PARALLEL - 1));
        api().queryParam("patientId", patient).get("/api/v1/sessions").then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(1));
    }

    private static Map<Integer, Long> race(String what, IntFunction<String> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                String request = body.apply(i);
                Callable<Integer> call = () -> {
                    go.await();
                    return api().body(request).post("/api/v1/sessions").then().extract().statusCode();
                };
                results.add(pool.submit(call));
            }
            long began = System.nanoTime();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            LOG.infof("%d parallel bookings of %s answered in %d ms", PARALLEL, what, (System.nanoTime() - began) / 1_000_000);
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
