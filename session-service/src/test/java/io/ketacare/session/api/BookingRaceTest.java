package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.booking;
import static io.ketacare.session.api.SessionApi.freshDay;
import static io.ketacare.session.api.SessionApi.room;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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

/** Parallel requests for one slot: PostgreSQL lets exactly one through, every other gets a 409. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BookingRaceTest {

    private static final Logger LOG = Logger.getLogger(BookingRaceTest.class);
    static final int PARALLEL = 50;

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void fiftyParallelBookingsOfOneRoomSlotGiveExactlyOne201And49Conflicts() throws Exception {
        String room = room();
        Instant start = freshDay();
        Map<Integer, Long> statuses = race("one room", i -> booking(UUID.randomUUID(), UUID.randomUUID(), room, "INTRANASAL", start, 150));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, (long) PARALLEL - 1));
        api().queryParam("roomId", room).get("/api/v1/sessions").then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void fiftyParallelBookingsOfOnePatientInDifferentRoomsGiveExactlyOne201And49Conflicts() throws Exception {
        UUID patient = UUID.randomUUID();
        Instant start = freshDay();
        List<String> rooms = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            rooms.add(room());
        }
        Map<Integer, Long> statuses = race("one patient", i -> booking(patient, UUID.randomUUID(), rooms.get(i), "INTRANASAL", start, 150));
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
