package io.indaba.core.formats;

import io.indaba.core.item.Item;
import io.indaba.core.project.Project;
import io.indaba.core.translate.ImportedMachineDrafts;
import io.indaba.core.translate.TmMatch;
import io.indaba.core.translate.TmQuery;
import io.indaba.core.translate.TranslationMemory;
import io.indaba.plugin.Draft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation candidates an XLIFF export offers per field: machine drafts (memory entries of origin
 * {@code mt:...}: imported MT files, files from an {@code _mt} folder, LLM pre-translations) and, when asked, fuzzy memory matches of 75 % or
 * more from other items — suggestions for the CAT tool, never written as targets.
 */
final class XliffCandidates {

    /** One suggestion for one field. */
    record Match(String type, String origin, Integer similarity, String source, String target) {
    }

    private final Project project;
    private final String sourceLang;
    private final String lang;
    private final ImportedMachineDrafts drafts;
    private final TranslationMemory memory;

    XliffCandidates(Project project, String sourceLang, String lang, String kinds) {
        this.project = project;
        this.sourceLang = sourceLang;
        this.lang = lang;
        this.drafts = kinds.contains("mt") ? ImportedMachineDrafts.of(project, Runnable::run) : null;
        this.memory = kinds.contains("tm") ? TranslationMemory.of(project) : null;
    }

    /** Suggestions by field name for one item (fields without any are left out). */
    Map<String, List<Match>> of(Item item) {
        Map<String, List<Match>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : item.fields().entrySet()) {
            List<Match> own = new ArrayList<>();
            if (drafts != null) {
                for (Draft d : drafts.draftsFor(lang, item.externalId(), f.getKey())) {
                    own.add(new Match("mt", d.label(), null, f.getValue(), d.text()));
                }
            }
            if (memory != null) {
                for (TmMatch m : memory.matches(TmQuery.of(sourceLang, lang, f.getValue())
                        .forItem(item.id(), f.getKey()).atLeast(75).atMost(3))) {
                    own.add(new Match("tm", m.origin(), m.percentage(), m.source(), m.target()));
                }
            }
            if (!own.isEmpty()) {
                out.put(f.getKey(), own);
            }
        }
        return out;
    }
}
