package io.indaba.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.audit.AuditBook;
import io.indaba.core.audit.AuditDecisions;
import io.indaba.core.audit.FieldDisagreement;
import io.indaba.core.audit.RuleSets;
import io.indaba.core.formats.Export;
import io.indaba.core.formats.ExportOptions;
import io.indaba.core.formats.ExportReport;
import io.indaba.core.formats.Formats;
import io.indaba.core.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's two Amharic reviewers disagree on one item, which is adjudicated and then exported as subsets. */
class SampleAuditTest {

    @TempDir
    Path dir;

    private static ExportReport export(Project p, String format, Path out, String subset) {
        return Export.run(Formats.exporter(format), p, new ExportOptions(out, "am", Map.of("subset", subset)),
                Progress.NONE);
    }

    @Test
    void twoReviewersDisagreeOnTheWinograndeNamesAndTheDecisionChangesTheSubsets() throws Exception {
        Path file = SampleProject.build(dir.resolve("audit.indaba"));
        try (Project p = Project.open(file)) {
            assertEquals(8L, p.info().languages().get("am").audits());
            AuditDecisions decisions = new AuditDecisions(p.database());
            List<FieldDisagreement> open = decisions.disagreements("am");
            assertTrue(open.size() >= 2, open.toString());
            assertTrue(open.stream().allMatch(d -> d.externalId().equals("sample-wg-1a")
                    || d.field().equals("translation_quality")), open.toString());
            long wg = p.items().byExternalId("sample-wg-1a").orElseThrow().id();
            assertEquals(Set.of("culturally-sensitive", "adapted"),
                    new RuleSets(p.database()).current().labels(AuditBook.read(p.database(), "am"), wg));

            ExportReport cs = export(p, "winogrande-csv", dir.resolve("cs.csv"), "culturally-sensitive");
            assertEquals(1, cs.records());
            assertTrue(cs.notes().contains("subset culturally-sensitive of am: 1 items by audit rule set version 0 "
                    + "(the default rules)"), cs.notes().toString());
            ExportReport ca = export(p, "mmlu-csv", dir.resolve("ca"), "culturally-agnostic");
            assertEquals(3, ca.records(), "the three audited MCQs, not the unaudited sixth");
            assertEquals(0, export(p, "winogrande-csv", dir.resolve("ok-before.csv"), "appropriate").records());

            decisions.decide(wg, "am", "appropriateness", List.of("typical"),
                    "the names are understood; localising them is tracked as an adaptation", "lead");

            assertEquals(1, export(p, "winogrande-csv", dir.resolve("ok.csv"), "appropriate").records());
            assertTrue(Files.readString(dir.resolve("ok.csv")).contains("_"), "the Winogrande shape, blank and all");
            assertEquals(3, export(p, "mmlu-csv", dir.resolve("ok-mcq"), "appropriate").records());
        }
    }
}
