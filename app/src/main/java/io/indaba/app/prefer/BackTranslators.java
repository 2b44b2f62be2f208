package io.indaba.app.prefer;

import io.indaba.plugin.Drafter;
import java.util.List;
import java.util.function.Supplier;

/** Which drafter back-translates a response into the gloss language, from the drafters the wiring handed in. */
final class BackTranslators {

    /** The language back-translations go into: English, the language benchmarks and guidelines share. */
    static final String GLOSS_LANGUAGE = "en";

    private final Supplier<List<Drafter>> drafters;

    BackTranslators(Supplier<List<Drafter>> drafters) {
        this.drafters = drafters;
    }

    /** The first drafter that can back-translate from {@code lang}, or null: then no button is shown. */
    Drafter from(String lang) {
        for (Drafter d : drafters.get()) {
            try {
                if (d.supports(lang, GLOSS_LANGUAGE)) {
                    return d;
                }
            } catch (RuntimeException e) {
                // A plugin that throws is skipped, never fatal.
            }
        }
        return null;
    }
}
