package io.indaba.app.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.prefer.Annotator;
import io.indaba.core.prefer.Proficiency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile editor validates id and tags and names the first problem in one line. */
class ProfileFormTest {

    private static ProfileForm form(String id, String... tags) {
        ProfileForm form = new ProfileForm();
        form.idProperty().set(id);
        form.languages().clear();
        for (String tag : tags) {
            form.addLanguage().tagProperty().set(tag);
        }
        return form;
    }

    @Test
    void buildsACanonicalProfileWithProficiencies() {
        ProfileForm form = form(" am-07 ", "am", "", "yo");
        form.languages().get(2).proficiencyProperty().set(Proficiency.WORKING);
        form.nameProperty().set("Abebe");
        Annotator a = form.build().orElseThrow();
        assertEquals("am-07", a.id());
        assertEquals("Abebe", a.displayName());
        assertEquals(Map.of("am", Proficiency.NATIVE, "yo", Proficiency.WORKING), a.languages());
        assertEquals("", form.errorProperty().get());
    }

    @Test
    void namesTheFirstBadTagWithItsLine() {
        ProfileForm form = form("a1", "am", "en_US");
        assertTrue(form.build().isEmpty());
        assertEquals("Language 2: 'en_US' is not a valid BCP-47 language tag (use '-' not '_', e.g. en-US)",
                form.errorProperty().get());
        form.languages().get(1).tagProperty().set("en-US");
        assertTrue(form.build().isPresent());
        assertEquals("", form.errorProperty().get(), "the error line clears once fixed");
    }

    @Test
    void refusesSpacesInIdsDuplicatesAndNoLanguage() {
        ProfileForm spaced = form("Abebe Kebede", "am");
        assertTrue(spaced.build().isEmpty());
        assertTrue(spaced.errorProperty().get().contains("pseudonym"));
        ProfileForm twice = form("a1", "am", "AM");
        assertTrue(twice.build().isEmpty());
        assertEquals("Language 2: am is listed twice.", twice.errorProperty().get());
        ProfileForm none = form("a1", " ");
        assertTrue(none.build().isEmpty());
        assertEquals("Add at least one language this annotator reads.", none.errorProperty().get());
    }

    @Test
    void editingKeepsTheIdAndLanguages() {
        ProfileForm form = ProfileForm.editing(new Annotator("a1", null, Map.of("ar", Proficiency.BASIC)));
        assertTrue(form.editingProperty().get());
        assertEquals("a1", form.idProperty().get());
        assertEquals("", form.nameProperty().get());
        assertEquals(Proficiency.BASIC, form.languages().get(0).proficiencyProperty().get());
        assertEquals("Arabic", LanguageLine.nameOf(form.languages().get(0).tagProperty().get()));
        assertEquals("", LanguageLine.nameOf("en_US"));
    }
}
