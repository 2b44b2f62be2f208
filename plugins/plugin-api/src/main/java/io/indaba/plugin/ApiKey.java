package io.indaba.plugin;

import java.util.Map;

/**
 * A secret that only the HTTP layer reads. Its {@link #toString()} never shows the value, so a key cannot reach a
 * log line, a project file or an exception message by being printed; {@link #redact(String)} scrubs it from text a
 * server echoed back (some servers quote the key they refused).
 */
public final class ApiKey {

    /** No key: requests go without an Authorization header. */
    public static final ApiKey NONE = new ApiKey("");

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** A key given directly (from the user's settings file). */
    public static ApiKey of(String value) {
        return value == null || value.isBlank() ? NONE : new ApiKey(value.strip());
    }

    /** The key held in environment variable {@code name}; fails with a message naming the variable, not the key. */
    public static ApiKey fromEnvironment(String name, Map<String, String> environment) {
        String v = environment.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " is not set or empty");
        }
        return new ApiKey(v.strip());
    }

    /** Whether there is a key to send. */
    public boolean present() {
        return !value.isEmpty();
    }

    /** The raw value; call it only to set the request header. */
    public String reveal() {
        return value;
    }

    /** {@code text} with every occurrence of the key replaced. */
    public String redact(String text) {
        return text == null || value.isEmpty() ? text : text.replace(value, "[redacted]");
    }

    @Override
    public String toString() {
        return present() ? "ApiKey[redacted]" : "ApiKey[none]";
    }
}
