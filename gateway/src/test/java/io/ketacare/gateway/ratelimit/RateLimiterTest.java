package io.ketacare.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    final RateLimiter limiter = new RateLimiter(3, 60_000);

    @Test
    void theLastRequestOfTheBudgetPassesAndTheNextIsRefused() {
        assertThat(limiter.acquire("a", 1_000).remaining()).isEqualTo(2);
        limiter.acquire("a", 2_000);
        RateLimiter.Decision third = limiter.acquire("a", 3_000);
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        RateLimiter.Decision fourth = limiter.acquire("a", 4_000);
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.resetSeconds()).isEqualTo(56);
    }

    @Test
    void callersHaveTheirOwnBudget() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a", 1_000);
        }
        assertThat(limiter.acquire("b", 1_000).allowed()).isTrue();
    }

    @Test
    void aNewWindowGivesANewBudget() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("a", 59_000);
        }
        assertThat(limiter.acquire("a", 60_000).allowed()).isTrue();
        assertThat(limiter.acquire("a", 60_000).remaining()).isEqualTo(1);
    }
}
