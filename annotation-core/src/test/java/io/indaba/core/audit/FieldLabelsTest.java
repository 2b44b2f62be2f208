package io.indaba.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.store.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values are stable ids; reviewers see words: the field's own labels, the default's words, or the id made readable. */
class FieldLabelsTest {

    @Test
    void theDefaultTaxonomyShowsWordsNotIds() {
        Field appropriateness = Taxonomy.defaults().field("appropriateness").orElseThrow();
        assertEquals("Don't understand", appropriateness.valueLabel("dont-understand"));
        assertEquals("Strange, incoherent or disrespectful", appropriateness.valueLabel("strange"));
        Field quality = Taxonomy.defaults().field("translation_quality").orElseThrow();
        assertEquals("Understandable but incorrect", quality.valueLabel("understandable"));
        assertEquals("Localise units or currency",
                Taxonomy.defaults().field("adaptation").orElseThrow().valueLabel("localise-units"));
        assertEquals("Kenya", Taxonomy.defaults().field("country").orElseThrow().valueLabel("KE"));
    }

    @Test
    void aFieldsOwnLabelWinsAndUnknownIdsReadAsWords() {
        Field f = new Field("tone", "Tone", FieldType.SINGLE, List.of("too-formal", "typical"), List.of(),
                Map.of("typical", "Just right", "gone", "dropped value"));
        assertEquals("Just right", f.valueLabel("typical"));
        assertEquals("Too formal", f.valueLabel("too-formal"));
        assertEquals(Map.of("typical", "Just right"), f.valueLabels(), "labels of values the field lacks are dropped");
    }

    @Test
    void labelsSurviveJsonAndOldJsonWithoutThemStillReads() throws Exception {
        Field f = new Field("tone", "Tone", FieldType.SINGLE, List.of("a", "b"), List.of(), Map.of("a", "Alpha"));
        Field back = Json.MAPPER.readValue(Json.write(f), Field.class);
        assertEquals(f, back);
        Field old = Json.MAPPER.readValue("{\"key\":\"tone\",\"label\":\"Tone\",\"type\":\"single\","
                + "\"values\":[\"a\",\"b\"],\"abstentions\":[]}", Field.class);
        assertEquals(Map.of(), old.valueLabels());
        assertEquals(false, Json.write(old).contains("valueLabels"), "a field without labels is written as before");
        assertEquals("A", old.valueLabel("a"));
    }
}
