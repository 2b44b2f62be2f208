package io.indaba.app.translate;

import io.indaba.core.project.Project;
import io.indaba.core.translate.Drafters;
import io.indaba.core.translate.Glossary;
import io.indaba.core.translate.ImportedMachineDrafts;
import io.indaba.core.translate.TranslationMemory;
import io.indaba.plugin.Drafter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the editor's suggestions come from for one open project: its translation memory, its machine drafters and
 * a glossary per target language. Made on first use inside background work (they need the project) and dropped
 * when the project changes under the editor (an import), so the next lookup reads it afresh.
 */
final class SuggestionSources {

    private final List<Drafter> extra;
    private TranslationMemory memory;
    private Drafters drafters;
    private final Map<String, Glossary> glossaries = new HashMap<>();

    SuggestionSources() {
        this(List.of());
    }

    /** Sources that also offer {@code extra} drafters, e.g. an LLM drafter over a configured back-end. */
    SuggestionSources(List<Drafter> extra) {
        this.extra = List.copyOf(extra);
    }

    /** The project's translation memory; its index for a language pair is built on the first lookup. */
    synchronized TranslationMemory memory(Project project) {
        if (memory == null) {
            memory = TranslationMemory.of(project);
        }
        return memory;
    }

    /**
     * Imported machine translations, the extra drafters and the plugins' drafters. The memory's drafter is left out: its best match is
     * already the first row of the matches pane, and offered again as a machine draft it would be recorded as mt.
     * Drafts are made on the calling thread, which is always a background task's.
     */
    synchronized Drafters drafters(Project project) {
        if (drafters == null) {
            List<Drafter> core = new ArrayList<>(List.of(ImportedMachineDrafts.of(project, Runnable::run)));
            core.addAll(extra);
            drafters = new Drafters(core, Thread.currentThread().getContextClassLoader());
        }
        return drafters;
    }

    /** The glossary from the project's source language into {@code lang}. */
    synchronized Glossary glossary(Project project, String lang) {
        return glossaries.computeIfAbsent(lang, l -> Glossary.of(project, l));
    }

    /** Forgets everything read, after the project changed (imports, bulk replace). */
    synchronized void reset() {
        if (memory != null) {
            memory.invalidate();
        }
        memory = null;
        drafters = null;
        glossaries.clear();
    }
}
