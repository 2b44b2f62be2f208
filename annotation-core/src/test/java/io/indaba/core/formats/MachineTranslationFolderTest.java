package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.ImportedMachineDrafts;
import io.indaba.plugin.Draft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine translation from an {@code _mt} folder is stored as machine drafts, the shape LLM pre-translations and
 * imported MT files have, never as a translation: the editor offers it with its origin.
 */
class MachineTranslationFolderTest {

    @TempDir
    Path dir;

    @Test
    void anMtFolderFileBecomesDraftsWithItsFileAsOriginAndAReimportReplacesThem() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Path english = dir.resolve("virology_dev.csv");
            Files.writeString(english, "What is a virus?,A germ,A plant,A rock,A star,A\n");
            Formats.importer("mmlu-csv").importFile(p, english, ImportOptions.defaults(), Progress.NONE);
            Path folder = Files.createDirectories(dir.resolve("mmlu_mt"));
            Path mt = folder.resolve("virology_dev_am.csv");
            Files.writeString(mt, "ቫይረስ ምንድን ነው?,ጀርም,ተክል,,ኮከብ,A\n");

            ImportReport r = Formats.importer("mmlu-csv").importFile(p, mt, TestProjects.translation(null, "position"),
                    Progress.NONE);
            assertEquals(4, r.tmEntries(), "four non-empty fields, counted as drafts");
            assertEquals(0, r.translations());
            assertTrue(r.notes().toString().contains("am machine drafts of"), r.notes().toString());
            long item = p.items().byExternalId("virology_dev#1").orElseThrow().id();
            assertEquals(0, p.translations().forItem(item, "am").size(), "no translation is written");
            assertEquals(0, p.translations().forItem(item, "am-x-mt").size(), "nor the old x-mt shape");

            ImportedMachineDrafts drafts = ImportedMachineDrafts.of(p, Runnable::run);
            List<Draft> offered = drafts.draftsFor("am", "virology_dev#1", "question");
            assertEquals(1, offered.size());
            assertEquals("ቫይረስ ምንድን ነው?", offered.get(0).text());
            assertEquals("mt:virology_dev_am.csv", offered.get(0).provenance().get("origin"));

            Files.writeString(mt, "ቫይረስ ምንድነው?,ጀርም,ተክል,,ኮከብ,A\n");
            Formats.importer("mmlu-csv").importFile(p, mt, TestProjects.translation(null, "position"), Progress.NONE);
            List<Draft> again = ImportedMachineDrafts.of(p, Runnable::run).draftsFor("am", "virology_dev#1",
                    "question");
            assertEquals(List.of("ቫይረስ ምንድነው?"), again.stream().map(Draft::text).toList(),
                    "the same file imported again replaces its drafts");
        }
    }
}
