package io.indaba.plugin;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.random.RandomGenerator;

/**
 * When to try again: exponential back-off with full jitter (a random wait between zero and the doubled step, so
 * many clients do not retry in lock-step), except that a server's {@code Retry-After} is obeyed.
 */
public final class Backoff {

    /** No single wait is longer, whatever the server asks. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private final Duration base;
    private final RandomGenerator random;

    public Backoff(Duration base, RandomGenerator random) {
        this.base = base;
        this.random = random;
    }

    /**
     * The wait before retrying {@code failure} (which ended attempt {@code attempt}), or empty when it must not be
     * retried: not a retryable kind, no attempts left, or the wait would end past {@code deadlineNanos}
     * ({@link System#nanoTime()} clock). The one retry policy every back-end plugin follows.
     */
    public java.util.Optional<Duration> retryDelay(BackendException failure, int attempt, int maxRetries,
                                                   String retryAfter, long deadlineNanos) {
        if (!failure.retryable() || attempt > maxRetries) {
            return java.util.Optional.empty();
        }
        Duration wait = delay(attempt, retryAfter, System.currentTimeMillis());
        return System.nanoTime() + wait.toNanos() < deadlineNanos ? java.util.Optional.of(wait)
                : java.util.Optional.empty();
    }

    /** The wait before retry number {@code attempt} (1 for the first retry), given the server's Retry-After or null. */
    public Duration delay(int attempt, String retryAfter, long nowEpochMillis) {
        Duration asked = retryAfter(retryAfter, nowEpochMillis);
        if (asked != null) {
            return asked.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : asked;
        }
        long ceiling = Math.min(MAX_WAIT.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : random.nextLong(ceiling + 1));
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, long nowEpochMillis) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                long at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                return Duration.ofMillis(Math.max(0, at - nowEpochMillis));
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
