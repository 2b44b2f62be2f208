package io.indaba.core.translate;

import io.indaba.core.Progress;
import io.indaba.core.item.Item;
import io.indaba.core.item.ItemKind;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small projects for the translate tests: English source, Amharic target. */
final class ProjectFixture {

    private ProjectFixture() {
    }

    static Project create(Path dir) {
        return Project.create(dir.resolve("test.indaba"), new ProjectSettings("test", "en", List.of("am")), "tester");
    }

    /** Imports one multiple-choice item and returns it as stored. */
    static Item mcq(Project project, String externalId, String question, String a, String b) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("question", question);
        fields.put("A", a);
        fields.put("B", b);
        Iterator<Item> one = List.of(Item.of(externalId, ItemKind.MCQ, "en", "test", 0, fields, "A", null)).iterator();
        project.items().importAll(one, "tester", "test", Progress.NONE);
        return project.items().byExternalId(externalId).orElseThrow();
    }

    /** Saves a translation of one field and returns it. */
    static Translation translate(Project project, Item item, String field, String text, TranslationStatus status) {
        return project.translations().save(new Translations.Change(item.id(), field, "am", text, status, Origin.HUMAN,
                "tester", item.sourceHash(), null));
    }
}
