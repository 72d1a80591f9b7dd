package vn.motcua.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final HandClock clock = new HandClock();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofMinutes(2), clock);

    @Test
    void opensAfterTheThresholdOfFailuresInARow() {
        breaker.recordTransientFailure();
        breaker.recordTransientFailure();
        assertThat(breaker.allowsCall()).isTrue();
        breaker.recordTransientFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allowsCall()).isFalse();
    }

    @Test
    void anAnswerInBetweenResetsTheCount() {
        breaker.recordTransientFailure();
        breaker.recordTransientFailure();
        breaker.recordAnswer();
        breaker.recordTransientFailure();
        breaker.recordTransientFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void letsOneTrialThroughAfterTheCoolDownAndClosesOnSuccess() {
        open();
        clock.advance(Duration.ofSeconds(119));
        assertThat(breaker.allowsCall()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.allowsCall()).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        breaker.recordAnswer();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aFailedTrialOpensItForAnotherCoolDown() {
        open();
        clock.advance(Duration.ofMinutes(2));
        assertThat(breaker.allowsCall()).isTrue();
        breaker.recordTransientFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.reopensAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(breaker.allowsCall()).isFalse();
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.recordTransientFailure();
        }
    }

    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
