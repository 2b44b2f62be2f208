package io.indaba.core.translate;

import io.indaba.plugin.Draft;

/**
 * The machine draft a saved text started from: its origin as the drafts store names it ({@code mt:<file>} for an
 * imported machine translation, {@code mt:llm:<model>} for an LLM draft) and its text as offered, so that how much a
 * translator post-edited it can be measured later, whatever happens to the draft afterwards.
 *
 * @param origin where the draft came from
 * @param text   the draft's text as offered
 */
public record DraftSource(String origin, String text) {

    public DraftSource {
        if (origin == null || origin.isBlank() || text == null) {
            throw new IllegalArgumentException("a draft source needs an origin and a text");
        }
    }

    /**
     * The source of an offered draft: the origin it carries in its provenance (stored drafts), else
     * {@code mt:<label>} (a drafter asked live, e.g. {@code mt:llm:<model>}).
     */
    public static DraftSource of(Draft draft) {
        String origin = draft.provenance().get("origin");
        return new DraftSource(origin != null && !origin.isBlank() ? origin
                : TranslationMemory.MACHINE_ORIGIN_PREFIX + draft.label(), draft.text());
    }
}
