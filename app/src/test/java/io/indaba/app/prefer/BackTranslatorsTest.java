package io.indaba.app.prefer;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.indaba.plugin.Draft;
import io.indaba.plugin.DraftRequest;
import io.indaba.plugin.Drafter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The back-translation aid picks its drafter from those handed in, never from a static lookup. */
class BackTranslatorsTest {

    private static Drafter into(String id, String from, boolean throwing) {
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
                if (throwing) {
                    throw new IllegalStateException("broken plugin");
                }
                return sourceLang.equals(from) && targetLang.equals("en");
            }

            @Override
            public CompletableFuture<List<Draft>> draft(DraftRequest request) {
                return CompletableFuture.completedFuture(List.of());
            }
        };
    }

    @Test
    void theFirstDrafterIntoEnglishIsUsedAndOneThatThrowsIsSkipped() {
        Drafter broken = into("broken", "am", true);
        Drafter hausa = into("hausa", "ha", false);
        Drafter amharic = into("amharic", "am", false);
        Drafter second = into("second", "am", false);
        BackTranslators pick = new BackTranslators(() -> List.of(broken, hausa, amharic, second));
        assertSame(amharic, pick.from("am"));
        assertSame(hausa, pick.from("ha"));
        assertNull(pick.from("yo"), "no drafter: no back-translation button");
    }

    @Test
    void theDraftersAreAskedWhenATaskIsShownSoConfiguredOnesCountToo() {
        List<Drafter> configured = new ArrayList<>();
        BackTranslators pick = new BackTranslators(() -> configured);
        assertNull(pick.from("am"));
        Drafter late = into("late", "am", false);
        configured.add(late);
        assertSame(late, pick.from("am"));
    }
}
