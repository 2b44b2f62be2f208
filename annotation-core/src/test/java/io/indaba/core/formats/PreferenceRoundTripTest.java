package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.PreferenceVotes;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.stats.PreferenceStatistics;
import io.indaba.core.stats.StatsOptions;
import io.indaba.core.stats.StatsReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's judgements exported as preference-jsonl and imported into a new project give the same statistics. */
class PreferenceRoundTripTest {

    private static final StatsOptions FAST = new StatsOptions(50, 7, 0.1);

    @TempDir
    Path dir;

    @Test
    void threeAnnotatorsSurviveExportAndImportWithTheSameStatistics() {
        PrefFixture f = new PrefFixture(dir);
        Path out = dir.resolve("out").resolve("prefs.jsonl");
        Formats.exporter("preference-jsonl").export(f.project, new ExportOptions(out, null, Map.of()), Progress.NONE);
        try (Project copy = Project.create(dir.resolve("copy.indaba"),
                new ProjectSettings("copy", "en", List.of("sw", "yo")), "lead")) {
            ImportReport r = Formats.importer("preference-jsonl").importFile(copy, out,
                    new ImportOptions(null, false, Map.of(), "id", "lead"), Progress.NONE);
            assertEquals(6, r.judgements(), r.notes().toString());
            assertEquals(decisions(f.project), decisions(copy));
            assertEquals(stats(f.project), stats(copy));

            ImportReport again = Formats.importer("preference-jsonl").importFile(copy, out,
                    new ImportOptions(null, false, Map.of(), "id", "lead"), Progress.NONE);
            assertEquals(0, again.judgements(), "a re-import adds nothing");
            assertTrue(again.notes().stream().anyMatch(n -> n.startsWith("skipped: 6 ")), again.notes().toString());
        } finally {
            f.project.close();
        }
    }

    private static StatsReport stats(Project p) {
        return new PreferenceStatistics(FAST).compute(
                new PreferenceVotes(p.judgements(), p.candidates()).read(null).votes());
    }

    /** Who decided what, in terms that do not depend on store ids: annotator, item, texts, outcome, strength. */
    private static Map<String, List<String>> decisions(Project p) {
        Map<String, List<String>> out = new TreeMap<>();
        List<Judgement> all = new ArrayList<>();
        p.judgements().forEach(null, all::add);
        for (Judgement j : all) {
            String item = p.items().byId(j.itemId()).orElseThrow().externalId();
            String what = j.kind().equals("pairwise")
                    ? text(p, j.candidateA()) + " vs " + text(p, j.candidateB()) + " " + j.winner() + " "
                    + (j.strength() == null ? 0 : Math.abs(j.strength())) + " shown " + j.display().get("left")
                    : j.ranking().stream().map(g -> g.stream().map(id -> text(p, id)).sorted().toList()).toList()
                    + " none " + j.noneAcceptable() + " order " + j.display().get("order");
            out.computeIfAbsent(j.annotatorId(), k -> new ArrayList<>()).add(item + " " + j.lang() + " " + what
                    + " t=" + j.timeOnTaskMs() + " at " + j.createdAt() + " adj " + j.adjudication());
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static String text(Project p, long candidate) {
        return p.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT body FROM candidate WHERE id = ?")) {
                ps.setLong(1, candidate);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "?";
                }
            }
        });
    }
}
