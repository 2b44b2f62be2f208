package io.indaba.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.indaba.core.Progress;
import io.indaba.core.audit.Audits;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Proficiency;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.TranslationStatus;
import io.indaba.core.translate.Translations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the bundled sample project from the self-written JSONL sources next to this class: multiple-choice
 * questions and Winogrande twins with Amharic, Igbo, Yorùbá and Arabic translations at every status (some with
 * something for QA to find), prompts with responses from four models in Amharic, Arabic, Yorùbá and Igbo, and three
 * annotators whose overlapping pairwise judgements give agreement figures, a leaderboard and disagreements to review.
 */
public final class SampleProject {

    /** The settings the sample is created with. */
    public static final ProjectSettings SETTINGS =
            new ProjectSettings("Indaba sample", "en", List.of("am", "ig", "yo", "ar"));

    /** The file name the app gives the sample in the user's data folder. */
    public static final String FILE_NAME = "indaba-sample.indaba";

    private static final String ACTOR = "indaba-sample";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ITEM_KEYS = Set.of("id", "kind", "answer", "lang", "twin");

    private SampleProject() {
    }

    /** Creates the sample project at {@code target} (which must not exist yet) and returns its path. */
    public static Path build(Path target) {
        try (Project project = Project.create(target, SETTINGS, ACTOR)) {
            List<JsonNode> itemRows = new ArrayList<>();
            Map<String, String> collections = new LinkedHashMap<>();
            for (String file : List.of("mcq", "winogrande", "prompts")) {
                for (JsonNode row : rows(file + ".jsonl")) {
                    itemRows.add(row);
                    collections.put(row.get("id").asText(), "sample_" + file);
                }
            }
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < itemRows.size(); i++) {
                items.add(item(itemRows.get(i), collections, i + 1));
            }
            project.items().importAll(items.iterator(), ACTOR, "sample", Progress.NONE);
            Map<String, Item> stored = new HashMap<>();
            for (Item item : items) {
                stored.put(item.externalId(), project.items().byExternalId(item.externalId()).orElseThrow());
            }
            linkTwins(project, itemRows, stored);
            saveTranslations(project, stored);
            saveAnnotators(project);
            Map<String, Long> candidates = addCandidates(project, stored);
            submitJudgements(project, stored, candidates);
            submitAudits(project, stored);
        }
        return target;
    }

    private static Item item(JsonNode row, Map<String, String> collections, int position) {
        Map<String, String> fields = new LinkedHashMap<>();
        row.properties().forEach(e -> {
            if (!ITEM_KEYS.contains(e.getKey())) {
                fields.put(e.getKey(), e.getValue().asText());
            }
        });
        String id = row.get("id").asText();
        String lang = row.has("lang") ? row.get("lang").asText() : SETTINGS.sourceLang();
        String answer = row.has("answer") ? row.get("answer").asText() : null;
        return Item.of(id, ItemKind.of(row.get("kind").asText()), lang, collections.get(id), position, fields, answer,
                Map.of("origin", "indaba sample, self-written"));
    }

    private static void linkTwins(Project project, List<JsonNode> rows, Map<String, Item> stored) {
        for (JsonNode row : rows) {
            if (row.has("twin")) {
                project.items().link(stored.get(row.get("id").asText()).id(), "twin",
                        stored.get(row.get("twin").asText()).id(), ACTOR);
            }
        }
    }

    private static void saveTranslations(Project project, Map<String, Item> stored) {
        for (JsonNode row : rows("translations.jsonl")) {
            Item item = stored.get(row.get("item").asText());
            TranslationStatus status = TranslationStatus.of(row.get("status").asText());
            row.get("fields").properties().forEach(field -> project.translations().save(new Translations.Change(
                    item.id(), field.getKey(), row.get("lang").asText(), field.getValue().asText(), status,
                    Origin.HUMAN, ACTOR, item.sourceHash(), null)));
        }
    }

    private static void saveAnnotators(Project project) {
        for (JsonNode row : rows("annotators.jsonl")) {
            Map<String, Proficiency> languages = new LinkedHashMap<>();
            row.get("languages").properties().forEach(e -> languages.put(e.getKey(), Proficiency.of(e.getValue().asText())));
            project.annotators().save(new Annotator(row.get("id").asText(), row.get("name").asText(), languages), ACTOR);
        }
    }

    private static Map<String, Long> addCandidates(Project project, Map<String, Item> stored) {
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode row : rows("candidates.jsonl")) {
            Candidate candidate = Candidate.imported(stored.get(row.get("item").asText()).id(), row.get("id").asText(),
                    row.get("text").asText(), row.get("lang").asText(), row.get("model").asText(), Map.of());
            ids.put(row.get("id").asText(), project.candidates().add(candidate, ACTOR));
        }
        return ids;
    }

    private static void submitJudgements(Project project, Map<String, Item> stored, Map<String, Long> candidates) {
        for (JsonNode row : rows("judgements.jsonl")) {
            project.judgements().submit(Judgement.pairwise(row.get("uid").asText(),
                    stored.get(row.get("item").asText()).id(), row.get("annotator").asText(),
                    row.get("lang").asText(), candidates.get(row.get("a").asText()),
                    candidates.get(row.get("b").asText()), row.get("winner").asText(), row.get("strength").asInt()));
        }
    }

    /** Two reviewers' cultural audits of the Amharic items; they disagree on the Winogrande names. */
    private static void submitAudits(Project project, Map<String, Item> stored) {
        Audits audits = new Audits(project.database());
        for (JsonNode row : rows("audits.jsonl")) {
            Map<String, List<String>> answers = new LinkedHashMap<>();
            row.get("answers").properties().forEach(e -> {
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asText()));
                answers.put(e.getKey(), values);
            });
            audits.submit(stored.get(row.get("item").asText()).id(), row.get("lang").asText(),
                    row.get("reviewer").asText(), answers, row.has("note") ? row.get("note").asText() : null);
        }
    }

    /** Reads one of the bundled JSONL sources. */
    static List<JsonNode> rows(String resource) {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = SampleProject.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample source " + resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
