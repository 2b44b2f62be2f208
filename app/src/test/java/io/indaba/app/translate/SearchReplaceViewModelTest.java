package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Cancelled;
import io.indaba.core.Progress;
import io.indaba.core.translate.Origin;
import io.indaba.core.translate.Revision;
import io.indaba.core.translate.Translation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search and replace across one language: preview, replace as revisions, regex, cancel keeps nothing. */
class SearchReplaceViewModelTest {

    @TempDir
    Path dir;

    private SampleEditor sample;
    private SearchReplaceViewModel replace;

    @BeforeEach
    void open() {
        sample = new SampleEditor(dir);
        replace = new SearchReplaceViewModel(sample.session, "lead");
        replace.langProperty().set("am");
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private Translation question(String item) {
        return sample.project.translations().forItem(sample.item(item).id(), "am").get("question");
    }

    @Test
    void previewCountsAndReplaceWritesHumanRevisions() {
        replace.findProperty().set("?");
        replace.replacementProperty().set("፧");
        replace.preview();
        assertEquals("3 matches in 3 translations", replace.resultProperty().get());
        assertTrue(question("sample-mcq-1").text().endsWith("?"), "a preview writes nothing");
        replace.apply();
        assertEquals("Replaced 3 matches in 3 translations", replace.resultProperty().get());
        assertTrue(question("sample-mcq-1").text().endsWith("፧"));
        List<Revision> history = sample.project.translations().history(question("sample-mcq-1").id());
        assertEquals(Origin.HUMAN, history.get(history.size() - 1).origin());
        assertEquals("lead", history.get(history.size() - 1).author());
        assertEquals(question("sample-mcq-1").status(), history.get(history.size() - 1).status(), "status kept");
        assertTrue(question("sample-mcq-1").text().endsWith("፧"));
    }

    @Test
    void regexWithGroupsOnlyInTheChosenLanguage() {
        replace.regexProperty().set(true);
        replace.findProperty().set("(\\d+)");
        replace.replacementProperty().set("$1°");
        replace.apply();
        assertEquals("Replaced 4 matches in 4 translations", replace.resultProperty().get());
        Translation a = sample.project.translations().forItem(sample.item("sample-mcq-2").id(), "am").get("A");
        assertEquals("50°", a.text());
        Translation ig = sample.project.translations().forItem(sample.item("sample-mcq-4").id(), "ig").get("A");
        assertEquals("364", ig.text(), "Igbo is untouched");
    }

    @Test
    void aBadRegexOrEmptySearchSaysWhy() {
        replace.regexProperty().set(true);
        replace.findProperty().set("[");
        replace.preview();
        assertTrue(replace.resultProperty().get().startsWith("Not a valid regular expression"));
        replace.findProperty().set("");
        replace.apply();
        assertEquals("Type what to find first.", replace.resultProperty().get());
    }

    @Test
    void aCancelledReplaceKeepsNothing() {
        Progress cancelled = new Progress() {
            @Override
            public boolean cancelled() {
                return true;
            }

            @Override
            public void update(long done, long total) {
            }
        };
        ReplacePlan plan = new ReplacePlan("am", "?", "፧", false);
        assertThrows(Cancelled.class, () -> plan.apply(sample.project, "lead", cancelled));
        assertTrue(question("sample-mcq-1").text().endsWith("?"));
    }
}
