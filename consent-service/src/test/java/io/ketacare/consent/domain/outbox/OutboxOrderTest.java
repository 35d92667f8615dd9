package io.ketacare.consent.domain.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A follower of the change feed resumes after the last sequence it saw: a change committed later with a
 * smaller sequence would be skipped for ever. Sequences must therefore be handed out in commit order.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class OutboxOrderTest {

    @Inject
    Consents consents;

    @Inject
    Outbox outbox;

    long end() {
        long after = 0;
        for (List<OutboxEvent> page = outbox.after(after, 500); !page.isEmpty(); page = outbox.after(after, 500)) {
            after = page.getLast().sequence;
        }
        return after;
    }

    @Test
    void aChangeCommittedLateIsNeverHiddenBehindOneAReaderHasAlreadySeen() throws Exception {
        long start = end();
        UUID slowPatient = UUID.randomUUID();
        UUID fastPatient = UUID.randomUUID();
        CountDownLatch slowWrote = new CountDownLatch(1);
        CountDownLatch commitSlow = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                consents.present(slowPatient, "KETAMINE_TREATMENT", null, "clinician1");
                slowWrote.countDown();
                await(commitSlow);
            }));
            assertThat(slowWrote.await(20, TimeUnit.SECONDS)).isTrue();
            Future<?> fast = threads.submit(() -> consents.present(fastPatient, "KETAMINE_TREATMENT", null, "clinician1"));
            Thread.sleep(500);

            assertThat(outbox.after(start, 100)).as("nothing may be readable while an earlier change is uncommitted").isEmpty();

            commitSlow.countDown();
            slow.get(20, TimeUnit.SECONDS);
            fast.get(20, TimeUnit.SECONDS);
        } finally {
            commitSlow.countDown();
            threads.shutdownNow();
        }
        assertThat(outbox.after(start, 100)).extracting(e -> e.patientId).containsExactly(slowPatient, fastPatient);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
