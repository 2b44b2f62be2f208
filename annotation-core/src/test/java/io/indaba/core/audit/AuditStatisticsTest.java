package io.indaba.core.audit;

import static io.indaba.core.audit.AuditedProject.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agreement per field matches a hand computation; abstentions stay out of the scale; 10,000 items take seconds. */
class AuditStatisticsTest {

    @TempDir
    Path dir;

    private static FieldAgreement field(AuditReport report, String key) {
        return report.languages().get(0).fields().stream().filter(f -> f.field().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void alphaPerFieldMatchesAHandComputation() {
        try (Project p = AuditedProject.create(dir.resolve("h.indaba"), 4)) {
            Audits audits = new Audits(p.database());
            String[][] votes = {{"no", "no"}, {"no", "yes"}, {"yes", "yes"}, {"dont-understand", "yes"}};
            for (int i = 0; i < votes.length; i++) {
                long item = AuditedProject.id(p, "q" + (i + 1));
                audits.submit(item, "sw", "r1", answers("time_sensitive", votes[i][0],
                        "knowledge", i == 1 ? "cultural,regional" : "cultural"), null);
                audits.submit(item, "sw", "r2", answers("time_sensitive", votes[i][1],
                        "knowledge", i == 1 ? "cultural" : "cultural"), null);
            }
            AuditReport report = new AuditReports(p.database()).compute("sw", 200, 1);

            FieldAgreement time = field(report, "time_sensitive");
            // q4's abstention is not a value, so q4 has one value and pairs with nothing. Pairable values: no, no |
            // no, yes | yes, yes: n = 6, n_no = n_yes = 3, o(no,yes) = o(yes,no) = 1.
            // D_o = 2/6, D_e = 2 * 3 * 3 / (6 * 5) = 0.6, alpha = 1 - (1/3) / 0.6 = 4/9
            assertEquals(4.0 / 9, time.alpha(), 1e-12);
            assertEquals("nominal", time.metric());
            assertEquals(2.0 / 3, time.observedAgreement(), 1e-12, "2 of 3 pairs agree");
            assertEquals(Map.of("dont-understand", 1L), time.abstentions());
            assertEquals(7, time.answers());
            assertEquals(3, time.pairableUnits());
            assertTrue(time.alphaLow() <= time.alpha() && time.alpha() <= time.alphaHigh());
            assertEquals("AC1", time.acName());

            FieldAgreement knowledge = field(report, "knowledge");
            assertEquals("masi", knowledge.metric());
            // {c},{c} x3 and {c},{c,r} x1: the only delta is MASI 2/3, n = 8, n_c = 7, n_cr = 1:
            // alpha = 1 - 7 * (2 * 2/3) / (2 * 7 * 1 * 2/3) = 0
            assertEquals(0, knowledge.alpha(), 1e-12);
            assertEquals(Double.NaN, knowledge.alphaPerValue().get("cultural"), "everyone said cultural: undefined");
            assertEquals(0, knowledge.alphaPerValue().get("regional"), 1e-12);
            assertEquals(Map.of("culturally-sensitive", 4L, "appropriate", 0L, "culturally-agnostic", 0L,
                    "adapted", 0L), report.languages().get(0).labels());
            // each reviewer matches the other on q1, q3 (time) and q1, q3, q4 (knowledge): 5 of 8 answers
            assertEquals(Map.of("r1", 5.0 / 8, "r2", 5.0 / 8), report.languages().get(0).reviewerAgreementWithMajority());
        }
    }

    @Test
    void tenThousandAuditedItemsAreCountedAndRandomVotesGiveAlphaNearZero() {
        int n = 10_000;
        try (Project p = AuditedProject.create(dir.resolve("big.indaba"), n)) {
            new Taxonomies(p.database()).save(Taxonomy.defaults(), "lead");
            java.util.Random random = new java.util.Random(3);
            String[] scale = {"typical", "typical", "typical", "maybe", "strange"};
            p.database().write(c -> {
                for (long item = 1; item <= n; item++) {
                    for (String r : List.of("r1", "r2")) {
                        Audits.insert(c, new Audit(0, item, "sw", r, 1, answers(
                                "translation_quality", random.nextInt(4) == 0 ? "understandable" : "good",
                                "appropriateness", scale[random.nextInt(scale.length)],
                                "knowledge", random.nextBoolean() ? "none" : "cultural,regional",
                                "time_sensitive", "no", "country", random.nextBoolean() ? "KE" : "TZ",
                                "adaptation", "keep"), null, null));
                    }
                }
                return null;
            });
            AuditReport report = new AuditReports(p.database()).compute(null, 1000, 1);
            assertEquals(n, report.languages().get(0).items());
            assertEquals(Math.abs(field(report, "appropriateness").alpha()) < 0.05, true, "random votes: alpha near 0");
        }
    }
}
