package io.indaba.plugin;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A source of machine drafts (translation drafts, back-translations, glosses). Inference back-ends implement it in
 * their own plugin modules and are found with {@link java.util.ServiceLoader}; the core offers drafts from imported
 * machine translations and the translation memory through the same interface.
 */
public interface Drafter {

    /** A stable id, recorded as the origin of each draft. */
    String id();

    /** A name to show in the drafts pane. */
    String displayName();

    /** Whether this drafter can draft from {@code sourceLang} into {@code targetLang}. */
    boolean supports(String sourceLang, String targetLang);

    /**
     * Drafts asynchronously; the future fails with a one-line message when the drafter cannot answer. An empty list
     * means "nothing to offer".
     */
    CompletableFuture<List<Draft>> draft(DraftRequest request);
}
