package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Arena's language column: BCP-47 tags and English names, a tag first when a text is both. */
class LanguageNamesTest {

    @Test
    void tagsAndEnglishNamesAreRead() {
        assertEquals("en", LanguageNames.tag("English"));
        assertEquals("zh", LanguageNames.tag("chinese"));
        assertEquals("pt-BR", LanguageNames.tag("pt_BR".replace('_', '-')));
        assertEquals("ga", LanguageNames.tag("ga"), "a tag wins over the language named 'Ga'");
        assertNull(LanguageNames.tag("unknown"));
        assertNull(LanguageNames.tag("Klingonese"));
    }

    @Property(tries = 300)
    void anyTextIsATagANameOrNothing(@ForAll String text) {
        LanguageNames.tag(text);
    }
}
