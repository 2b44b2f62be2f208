package io.indaba.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final String SECRET = "sk-test-0123456789abcdef";

    @Test
    void neitherTheKeyNorTheConfigPrintIt() {
        ApiKey key = ApiKey.of(SECRET);
        BackendConfig config = new BackendConfig(URI.create("http://user:pw@localhost:8000/v1?token=x"), key,
                Map.of("X-Secret", SECRET), null, null, 4, 3, null);
        assertFalse(key.toString().contains(SECRET));
        assertFalse(config.toString().contains(SECRET));
        assertFalse(config.toString().contains("pw"));
        assertEquals("http://localhost:8000/v1", config.endpointForRecord());
    }

    @Test
    void aMissingVariableIsNamedAndAnEchoedKeyIsScrubbed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApiKey.fromEnvironment("MY_KEY", Map.of()));
        assertEquals("environment variable MY_KEY is not set or empty", e.getMessage());
        ApiKey key = ApiKey.fromEnvironment("MY_KEY", Map.of("MY_KEY", SECRET));
        assertEquals("Incorrect API key provided: [redacted]", key.redact("Incorrect API key provided: " + SECRET));
    }
}
