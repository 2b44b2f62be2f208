package io.indaba.core.formats;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The language of each imported row: a row's own language column wins; a row without one takes the project's
 * language unless its text is plainly in another script, when the script's language is used if the script has one
 * (Han: zh, Hangul: ko, ...). Rows in a script the project's language is not written in, and rows in languages the
 * project does not list, are counted for the import summary.
 */
final class RowLanguages {

    /** Columns that name a row's language in the shapes Indaba reads. */
    private static final List<String> COLUMNS = List.of("lang", "prompt_lang", "language", "response_lang");

    private final PreferenceImporter.Defaults defaults;
    private final Set<String> projectLangs;
    private final Map<String, Long> detected = new TreeMap<>();
    private final Map<String, Long> unknownScript = new TreeMap<>();
    private final Map<String, Long> outside = new TreeMap<>();

    RowLanguages(PreferenceImporter.Defaults defaults, Set<String> projectLangs) {
        this.defaults = defaults;
        this.projectLangs = projectLangs;
    }

    /** The record with the language its text is written in when the row did not say; counts what disagrees. */
    PromptRecord apply(JsonRow row, PromptRecord r) {
        PromptRecord out = r;
        if (COLUMNS.stream().noneMatch(row::has)) {
            out = detect(r);
        }
        // each language of the row counted once: a row is one row however many responses share a language
        Set<String> langs = new java.util.TreeSet<>();
        langs.add(out.lang());
        out.responses().forEach(x -> {
            if (x.lang() != null) {
                langs.add(x.lang());
            }
        });
        langs.forEach(this::count);
        return out;
    }

    private PromptRecord detect(PromptRecord r) {
        String fallback = defaults.promptLang();
        ScriptLanguage.Detected d = ScriptLanguage.of(r.prompt());
        if (d == null || d.script() == ScriptLanguage.scriptOf(fallback)) {
            return r;
        }
        if (d.lang() == null) {
            unknownScript.merge(name(d.script()), 1L, Long::sum);
            return r;
        }
        detected.merge(d.lang(), 1L, Long::sum);
        String responses = defaults.responseLang();
        List<PromptRecord.Response> relabelled = new ArrayList<>(r.responses().size());
        for (PromptRecord.Response x : r.responses()) {
            // responses that took the prompt's default follow the prompt; a --lang or the file's own tag stays
            boolean followed = responses == null && fallback.equals(x.lang());
            relabelled.add(!followed ? x : new PromptRecord.Response(x.externalId(), x.text(), d.lang(), x.model(),
                    x.backend(), x.params(), x.seed(), x.meta()));
        }
        return new PromptRecord(r.line(), r.externalId(), d.lang(), r.prompt(), r.messagesJson(), r.meta(),
                relabelled, r.verdicts());
    }

    private void count(String lang) {
        if (lang != null && !projectLangs.contains(lang)) {
            outside.merge(lang, 1L, Long::sum);
        }
    }

    /** Lines for the import summary; none when every row agrees with the project. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!detected.isEmpty()) {
            notes.add("language detected from the script of rows without a language column: " + counts(detected));
        }
        if (!unknownScript.isEmpty()) {
            notes.add("rows without a language column written in a script that is not " + defaults.promptLang()
                    + "'s kept " + defaults.promptLang() + ": " + counts(unknownScript)
                    + " (give the file a lang column, or import them into a project in their language)");
        }
        if (!outside.isEmpty()) {
            notes.add("rows in languages the project does not list: " + counts(outside));
        }
        return notes;
    }

    private static String counts(Map<String, Long> m) {
        StringBuilder s = new StringBuilder();
        m.forEach((k, n) -> s.append(s.isEmpty() ? "" : ", ").append(k).append(' ').append(n));
        return s.toString();
    }

    private static String name(UnicodeScript script) {
        String n = script.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
