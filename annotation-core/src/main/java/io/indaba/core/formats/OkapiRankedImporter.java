package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Okapi-style multilingual ranked responses (Lai et al. 2023; files named by language, e.g. {@code vi.json}, as a
 * JSON array or JSON Lines). The prompt is Alpaca-style {@code instruction} plus optional {@code input}. Two shapes:
 * the released pairs ({@code prefered_output} or {@code preferred_output}, and {@code rejected_output}), and ranked
 * lists ({@code responses}, {@code outputs} or {@code output}: strings in rank order, best first, or objects with
 * {@code response}/{@code output}/{@code text}, {@code rank} and {@code model}; or strings with a parallel
 * {@code ranks} list). Rank 1 is best; equal ranks tie. The language is {@code lang}, else the file name when it is
 * a language tag. With {@code --map judgement=true} the ranking is also a judgement by annotator "imported".
 */
public final class OkapiRankedImporter extends PreferenceImporter {

    private static final Set<String> OWN = Set.of("instruction", "input", "prefered_output", "preferred_output",
            "rejected_output", "responses", "outputs", "output", "ranks", "id", "lang");

    @Override
    public String id() {
        return "okapi-ranked";
    }

    @Override
    public String description() {
        return "Okapi ranked responses: instruction/input with ranked outputs or preferred/rejected pairs";
    }

    @Override
    int confidence(Set<String> keys) {
        if (!keys.contains("instruction")) {
            return 0;
        }
        boolean pair = (keys.contains("prefered_output") || keys.contains("preferred_output"))
                && keys.contains("rejected_output");
        boolean ranked = keys.contains("ranks") || (keys.contains("responses") || keys.contains("outputs"));
        return pair || ranked ? 65 : 0;
    }

    @Override
    PromptRecord read(JsonRow row, Defaults defaults) {
        String lang = row.lang("lang");
        if (lang == null) {
            lang = stemLang(defaults.stem());
        }
        lang = lang == null ? defaults.promptLang() : lang;
        String responseLang = row.has("lang") || defaults.responseLang() == null ? lang : defaults.responseLang();
        String instruction = row.requiredText("instruction");
        String input = row.text("input");
        String prompt = input == null || input.isBlank() ? instruction : instruction + "\n\n" + input;
        List<PromptRecord.Response> responses = new ArrayList<>();
        PromptRecord.Verdict verdict;
        String preferred = row.firstPresent("prefered_output", "preferred_output");
        if (preferred != null) {
            responses.add(row.response(preferred, row.node(preferred), responseLang, "output", "text"));
            responses.add(row.response("rejected_output", row.node("rejected_output"), responseLang, "output", "text"));
            if (responses.get(0).text().equals(responses.get(1).text())) {
                throw row.bad("the preferred and the rejected output are the same text");
            }
            verdict = PromptRecord.Verdict.firstWins();
        } else {
            verdict = ranked(row, responseLang, responses);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("instruction", instruction);
        if (input != null && !input.isBlank()) {
            meta.put("input", input);
        }
        row.object().fields().forEachRemaining(e -> {
            if (!OWN.contains(e.getKey()) && !e.getValue().isNull()) {
                meta.put(e.getKey(), JsonRow.metaText(e.getValue()));
            }
        });
        String id = row.text("id");
        if (id == null || id.isBlank()) {
            id = PromptStore.derivedId(lang, prompt);
        }
        return new PromptRecord(row.line(), id, lang, prompt, null, meta, responses,
                verdict == null ? List.of() : List.of(verdict));
    }

    private static PromptRecord.Verdict ranked(JsonRow row, String lang, List<PromptRecord.Response> responses) {
        String key = row.firstPresent("responses", "outputs", "output");
        if (key == null) {
            throw row.bad("no responses: expected 'prefered_output'/'rejected_output' or a 'responses' list");
        }
        if (!(row.node(key) instanceof ArrayNode list)) {
            throw row.bad("'" + key + "' must be a list, found " + JsonRow.kind(row.node(key)));
        }
        JsonNode ranksNode = row.node("ranks");
        if (ranksNode != null && (!ranksNode.isArray() || ranksNode.size() != list.size())) {
            throw row.bad("'ranks' must be a list as long as '" + key + "' (" + list.size() + ")");
        }
        List<Long> ranks = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String where = key + " " + (i + 1);
            JsonNode item = list.get(i);
            PromptRecord.Response r = row.response(where, item, lang, "response", "output", "text");
            JsonNode rank = ranksNode != null ? ranksNode.get(i) : item.isObject() ? item.get("rank") : null;
            if (rank == null || rank.isNull()) {
                ranks.add((long) i + 1);
            } else if (rank.canConvertToExactIntegral() && rank.canConvertToLong() && rank.asLong() >= 1) {
                ranks.add(rank.asLong());
                if (!r.meta().containsKey("rank")) {
                    Map<String, Object> meta = new LinkedHashMap<>(r.meta());
                    meta.put("rank", rank.asLong());
                    r = new PromptRecord.Response(r.externalId(), r.text(), r.lang(), r.model(), r.backend(),
                            r.params(), r.seed(), meta);
                }
            } else {
                throw row.bad(where + ": rank must be a whole number from 1 (best), found " + rank);
            }
            responses.add(r);
        }
        if (responses.size() < 2) {
            return null;
        }
        TreeMap<Long, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < ranks.size(); i++) {
            groups.computeIfAbsent(ranks.get(i), k -> new ArrayList<>()).add(i);
        }
        return new PromptRecord.Verdict(List.copyOf(groups.values()));
    }

    /** {@code vi} for {@code vi.json}; null when the file is not named after a language. */
    static String stemLang(String stem) {
        if (stem == null || !stem.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return null;
        }
        try {
            return io.indaba.core.base.LanguageTags.validate(stem);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
