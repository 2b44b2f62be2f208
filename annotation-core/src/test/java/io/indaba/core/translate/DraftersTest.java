package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drafter that throws is disabled and reported, never fatal; plugins come from the plugin class loader. */
class DraftersTest {

    private static final DraftRequest REQUEST = new DraftRequest("en", "am", "heart", Map.of());

    /** Answers every request with the text upper-cased. */
    public static class Echo implements Drafter {
        private final String id;

        public Echo() {
            this("echo");
        }

        Echo(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String displayName() {
            return "Echo";
        }

        @Override
        public boolean supports(String sourceLang, String targetLang) {
            return true;
        }

        @Override
        public CompletableFuture<List<Draft>> draft(DraftRequest request) {
            return CompletableFuture.completedFuture(List.of(new Draft(request.text().toUpperCase(), id, null, null)));
        }
    }

    /** Throws from draft() instead of failing its future. */
    public static class ThrowsOnDraft implements Drafter {
        int calls;

        @Override
        public String id() {
            return "thrower";
        }

        @Override
        public String displayName() {
            return "Thrower";
        }

        @Override
        public boolean supports(String sourceLang, String targetLang) {
            return true;
        }

        @Override
        public CompletableFuture<List<Draft>> draft(DraftRequest request) {
            calls++;
            throw new IllegalStateException("model server exploded\nwith a stack of details");
        }
    }

    /** Fails while being constructed by the service loader. */
    public static final class BrokenConstructor extends ThrowsOnDraft {
        public BrokenConstructor() {
            throw new IllegalStateException("cannot start");
        }
    }

    /** Throws from supports(). */
    public static final class BadSupports extends ThrowsOnDraft {
        @Override
        public String id() {
            return "bad-supports";
        }

        @Override
        public boolean supports(String sourceLang, String targetLang) {
            throw new UnsupportedOperationException("no");
        }
    }

    /** Fails its future: a normal "cannot answer", not a fault. */
    public static final class Unavailable extends Echo {
        public Unavailable() {
            super("unavailable");
        }

        @Override
        public CompletableFuture<List<Draft>> draft(DraftRequest request) {
            return CompletableFuture.failedFuture(new IllegalStateException("server is down"));
        }
    }

    @Test
    void aDrafterThatThrowsIsDisabledReportedOnceAndTheOthersStillAnswer() {
        ThrowsOnDraft thrower = new ThrowsOnDraft();
        Drafters drafters = new Drafters(List.of(new Echo(), thrower, new BadSupports(), new Unavailable()), null);
        assertEquals(List.of("echo", "thrower", "unavailable"),
                drafters.supporting("en", "am").stream().map(Drafter::id).toList());

        List<Draft> drafts = drafters.draftAll(REQUEST).join();
        assertEquals(List.of("HEART"), drafts.stream().map(Draft::text).toList());
        assertEquals(List.of("echo", "unavailable"), drafters.enabled().stream().map(Drafter::id).toList());
        assertEquals(List.of(new DrafterFailure("bad-supports", "UnsupportedOperationException: no"),
                new DrafterFailure("thrower", "IllegalStateException: model server exploded")), drafters.failures());

        drafters.draftAll(REQUEST).join();
        assertEquals(1, thrower.calls, "a disabled drafter is not called again");
        assertEquals(2, drafters.failures().size());
    }

    @Test
    void pluginsLoadFromTheirClassLoaderAndBrokenOnesAreListed(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Drafter.class.getName()), String.join("\n",
                Echo.class.getName(), BrokenConstructor.class.getName(), "no.such.Drafter",
                Unavailable.class.getName()) + "\n");
        try (URLClassLoader plugins = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Drafters drafters = new Drafters(List.of(new Echo("tm")), plugins);
            assertEquals(List.of("tm", "echo", "unavailable"), drafters.enabled().stream().map(Drafter::id).toList());
            assertEquals(2, drafters.failures().size(), drafters.failures()::toString);
            assertTrue(drafters.failures().stream().anyMatch(f -> f.reason().contains("no.such.Drafter")),
                    drafters.failures()::toString);
        }
    }

    @Test
    void aDuplicateIdIsRefused() {
        Drafters drafters = new Drafters(List.of(new Echo(), new Echo()), null);
        assertEquals(1, drafters.enabled().size());
        assertTrue(drafters.failures().get(0).reason().contains("already taken"));
    }
}
