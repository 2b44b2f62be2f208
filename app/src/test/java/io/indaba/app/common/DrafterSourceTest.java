package io.indaba.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The drafter seam the wiring hands to the workspaces: fixed lists, added drafters, loaded once. */
class DrafterSourceTest {

    /** A drafter that supports one pair and drafts nothing. */
    static Drafter drafter(String id, String from, String into) {
        return new Drafter() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public boolean supports(String sourceLang, String targetLang) {
                return sourceLang.equals(from) && targetLang.equals(into);
            }

            @Override
            public CompletableFuture<List<Draft>> draft(DraftRequest request) {
                return CompletableFuture.completedFuture(List.of());
            }
        };
    }

    @Test
    void aFixedSourceGivesItsDraftersAndConfiguredOnesFollow() {
        Drafter one = drafter("one", "am", "en");
        Drafter two = drafter("two", "ha", "en");
        DrafterSource source = DrafterSource.of(List.of(one));
        assertEquals(List.of(one), source.get());
        assertEquals(List.of(one, two), source.plus(List.of(two)).get());
        assertEquals(List.of(one), source.get(), "adding makes a new source");
    }

    @Test
    void thePluginsAreLoadedOnceAndKept() {
        DrafterSource plugins = DrafterSource.plugins();
        assertSame(plugins.get(), plugins.get());
    }
}
