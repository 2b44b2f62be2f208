package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.item.Items;
import io.indaba.core.project.Project;
import io.indaba.core.testing.SharedData;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Amharic Winogrande delivery: the same English option is rendered differently in different items, so the
 * memory must offer each rendering as a suggestion and write none of them anywhere.
 */
class TranslationMemoryRealDataTest {

    @TempDir
    Path dir;

    @Test
    void aRepeatedEnglishOptionGetsEveryRenderingAsASuggestionAndNothingIsPropagated() throws Exception {
        Path file = SharedData.file("bridging_the_gap/winogrande_s/winogrande_am.csv");
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().get())) {
            rows = csv.getRecords();
        }
        try (Project project = ProjectFixture.create(dir)) {
            Map<String, Set<String>> renderings = new HashMap<>();
            Map<String, String> itemWithOption = new LinkedHashMap<>();
            project.database().write(c -> {
                List<Item> items = new ArrayList<>();
                for (CSVRecord r : rows) {
                    items.add(Item.of(r.get("qID"), ItemKind.WINOGRANDE, "en", "winogrande_am", items.size(),
                            Map.of("sentence", r.get("English Sentence"), "option1", r.get("English Option 1"),
                                    "option2", r.get("English Option 2")), r.get("Answer"), null));
                }
                Items.importAll(c, items.iterator(), Progress.NONE);
                return null;
            });
            project.database().write(c -> {
                for (CSVRecord r : rows) {
                    Item item = project.items().byExternalId(r.get("qID")).orElseThrow();
                    for (String n : List.of("1", "2")) {
                        String english = r.get("English Option " + n).strip();
                        String amharic = r.get("Amharic Option " + n).strip();
                        renderings.computeIfAbsent(MatchText.normalise(english), k -> new LinkedHashSet<>()).add(amharic);
                        itemWithOption.putIfAbsent(MatchText.normalise(english), item.externalId());
                        Translations.save(c, new Translations.Change(item.id(), "option" + n, "am", amharic,
                                TranslationStatus.APPROVED, Origin.IMPORTED, "delivery", item.sourceHash(), null));
                    }
                }
                return null;
            });
            long translationsBefore = project.translations().countsByLanguage().get("am").values().stream()
                    .mapToLong(Long::longValue).sum();

            String option = renderings.entrySet().stream().filter(e -> e.getValue().size() >= 3)
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            ProjectFixture.mcq(project, "new-item", "A new question", option, "something else");
            Item fresh = project.items().byExternalId("new-item").orElseThrow();

            TranslationMemory tm = TranslationMemory.of(project);
            List<TmMatch> suggestions = tm.matches("en", "am", fresh.field("A"), fresh.id(), "A");
            Set<String> offered = new LinkedHashSet<>();
            suggestions.stream().filter(m -> m.percentage() == 100).forEach(m -> offered.add(m.target()));
            assertTrue(offered.size() >= 3, () -> option + " -> " + suggestions);
            assertTrue(renderings.get(option).containsAll(offered));

            Item owner = project.items().byExternalId(itemWithOption.get(option)).orElseThrow();
            String ownField = MatchText.normalise(owner.field("option1")).equals(option) ? "option1" : "option2";
            assertTrue(tm.matches(TmQuery.of("en", "am", option).forItem(owner.id(), ownField).atMost(50)).stream()
                    .noneMatch(m -> m.itemId() == owner.id() && m.field().equals(ownField)));

            assertTrue(project.translations().forItem(fresh.id(), "am").isEmpty(), "suggested, never written");
            assertEquals(translationsBefore, project.translations().countsByLanguage().get("am").values().stream()
                    .mapToLong(Long::longValue).sum());
            assertEquals(2 * rows.size(), tm.size("en", "am"), "every option translation serves");
        }
    }
}
