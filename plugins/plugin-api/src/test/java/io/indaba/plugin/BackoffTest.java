package io.indaba.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), new Random(1));

    @Test
    void retryAfterInSecondsIsObeyed() {
        assertEquals(Duration.ofSeconds(3), backoff.delay(1, "3", 0));
    }

    @Test
    void retryAfterAsHttpDateIsObeyed() {
        long now = java.time.ZonedDateTime.parse("Sun, 06 Dec 2026 04:00:00 GMT",
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        assertEquals(Duration.ofSeconds(5), backoff.delay(1, "Sun, 06 Dec 2026 04:00:05 GMT", now));
    }

    @Test
    void aServerAskingForHoursGetsTheCap() {
        assertEquals(Backoff.MAX_WAIT, backoff.delay(1, "86400", 0));
    }

    @Test
    void withoutRetryAfterTheWaitIsJitteredUnderADoublingCeiling() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            long ceiling = 100L << (attempt - 1);
            for (int i = 0; i < 50; i++) {
                long wait = backoff.delay(attempt, null, 0).toMillis();
                assertTrue(wait >= 0 && wait <= ceiling, attempt + ": " + wait);
            }
        }
        assertTrue(backoff.delay(40, "not a date", 0).compareTo(Backoff.MAX_WAIT) <= 0);
    }

    @Test
    void retriesOnlyRetryableFailuresWhileAttemptsAndTimeRemain() {
        long farAway = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        BackendException busy = new BackendException(BackendException.Kind.OVERLOADED, 429, "busy");
        org.junit.jupiter.api.Assertions.assertTrue(backoff.retryDelay(busy, 1, 3, null, farAway).isPresent());
        org.junit.jupiter.api.Assertions.assertTrue(backoff.retryDelay(busy, 4, 3, null, farAway).isEmpty(),
                "no attempts left");
        org.junit.jupiter.api.Assertions.assertTrue(backoff.retryDelay(busy, 1, 3, "60", System.nanoTime()).isEmpty(),
                "the wait would end past the deadline");
        BackendException bad = new BackendException(BackendException.Kind.BAD_REQUEST, 400, "bad");
        org.junit.jupiter.api.Assertions.assertTrue(backoff.retryDelay(bad, 1, 3, null, farAway).isEmpty(),
                "a 400 is never retried");
    }
}
