package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.audit.AuditBook;
import io.indaba.core.audit.Audits;
import io.indaba.core.project.Project;
import io.indaba.core.testing.TestProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Global-MMLU comes in as items, translations and votes, and goes out byte-identical where nothing changed. */
class GlobalMmluTest {

    @TempDir
    Path dir;

    private static final String EN = String.join("\n",
            "{\"sample_id\": \"world_religions/test/0\", \"subject\": \"world_religions\", \"subject_category\": "
                    + "\"Humanities\", \"question\": \"Which day is the Sabbath?\", \"option_a\": \"Friday\", "
                    + "\"option_b\": \"Saturday\", \"option_c\": \"Sunday\", \"option_d\": \"Monday\", \"answer\": \"B\", "
                    + "\"required_knowledge\": \"['cultural', 'none']\", \"time_sensitive\": \"['No', 'No']\", "
                    + "\"reference\": \"['-', '-']\", \"culture\": \"[\\\"Jews' culture\\\", 'Western Culture']\", "
                    + "\"region\": \"['Middle East', 'North America']\", \"country\": \"['Israel', 'United States of "
                    + "America']\", \"cultural_sensitivity_label\": \"CS\", \"is_annotated\": true}",
            "{\"sample_id\": \"virology/test/0\", \"subject\": \"virology\", \"subject_category\": \"Medical\", "
                    + "\"question\": \"What is a virion?\", \"option_a\": \"A cell\", \"option_b\": \"A virus particle\", "
                    + "\"option_c\": \"A protein\", \"option_d\": \"A gene\", \"answer\": \"B\", "
                    + "\"required_knowledge\": \"[]\", \"time_sensitive\": \"[]\", \"reference\": \"[]\", "
                    + "\"culture\": \"[]\", \"region\": \"[]\", \"country\": \"[]\", "
                    + "\"cultural_sensitivity_label\": \"-\", \"is_annotated\": false}") + "\n";

    private static ImportOptions source() {
        return new ImportOptions(null, false, null, null, "tester");
    }

    private Path roundTrip(Project p, String name, String lang) {
        Path out = dir.resolve("out-" + name);
        Export.run(Formats.exporter("global-mmlu"), p, new ExportOptions(out, lang, Map.of()), Progress.NONE);
        return out;
    }

    @Test
    void jsonlRoundTripsByteForByteAndItsVotesBecomeAudits() throws Exception {
        Path in = TestProjects.write(dir, "global_mmlu_en.jsonl", EN);
        try (Project p = TestProjects.create(dir)) {
            assertEquals("global-mmlu", Formats.detect(in).id());
            ImportReport r = Formats.importer("global-mmlu").importFile(p, in, source(), Progress.NONE);
            assertEquals(2, r.items().added());
            assertTrue(r.notes().get(0).startsWith("2 audits added"), r.notes().toString());
            long sabbath = p.items().byExternalId("world_religions/test/0").orElseThrow().id();
            AuditBook book = AuditBook.read(p.database(), "en");
            assertEquals(Map.of("global-mmlu-1", List.of("cultural"), "global-mmlu-2", List.of("none")),
                    book.votes(sabbath, "knowledge"));
            assertEquals(List.of("no"), book.votes(sabbath, "time_sensitive").get("global-mmlu-2"));

            assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(roundTrip(p, "en.jsonl", null)));

            new Audits(p.database()).submit(sabbath, "en", "lead", Map.of("knowledge", List.of("regional", "none"),
                    "time_sensitive", List.of("yes")), null);
            List<String> changed = Files.readAllLines(roundTrip(p, "changed.jsonl", null), StandardCharsets.UTF_8);
            assertTrue(changed.get(0).contains("\"required_knowledge\":\"['cultural', 'none', 'regional']\""),
                    changed.get(0));
            assertTrue(changed.get(0).contains("\"time_sensitive\":\"['No', 'No', 'Yes']\""), changed.get(0));
            assertTrue(changed.get(0).contains("\"culture\":\"[\\\"Jews' culture\\\", 'Western Culture']\""),
                    "carried columns kept: " + changed.get(0));
            assertEquals(EN.lines().toList().get(1), changed.get(1), "the untouched row is unchanged");
        }
    }

    @Test
    void aTranslatedFileAttachesAndComesBackInItsLanguage() throws Exception {
        Path en = TestProjects.write(dir, "global_mmlu_en.jsonl", EN);
        String am = EN.replace("Which day is the Sabbath?", "ሰንበት የትኛው ቀን ነው?").replace("What is a virion?",
                "ቪሪዮን ምንድን ነው?");
        Path amFile = TestProjects.write(dir, "global_mmlu_am.jsonl", am);
        try (Project p = TestProjects.create(dir)) {
            Formats.importer("global-mmlu").importFile(p, en, source(), Progress.NONE);
            ImportReport r = Formats.importer("global-mmlu").importFile(p, amFile,
                    new ImportOptions("am", false, null, null, "tester"), Progress.NONE);
            assertEquals(10, r.translations(), "question and four options of two rows");
            assertArrayEquals(Files.readAllBytes(amFile), Files.readAllBytes(roundTrip(p, "am.jsonl", "am")));
            assertArrayEquals(Files.readAllBytes(en), Files.readAllBytes(roundTrip(p, "en2.jsonl", null)));
        }
    }

    @Test
    void csvRoundTripsByteForByte() throws Exception {
        String csv = "sample_id,subject,subject_category,question,option_a,option_b,option_c,option_d,answer,"
                + "required_knowledge,time_sensitive,reference,culture,region,country,cultural_sensitivity_label,"
                + "is_annotated\r\n"
                + "world_religions/test/0,world_religions,Humanities,\"Which day, in Judaism, is the Sabbath?\",Friday,"
                + "Saturday,Sunday,Monday,B,\"['cultural', 'none']\",\"['No', 'No']\",\"['-', '-']\","
                + "\"[\"\"Jews' culture\"\", 'Western Culture']\",\"['Middle East', 'North America']\","
                + "\"['Israel', 'United States of America']\",CS,True\r\n";
        Path in = TestProjects.write(dir, "global_mmlu_en.csv", csv);
        try (Project p = TestProjects.create(dir)) {
            Formats.importer("global-mmlu").importFile(p, in, source(), Progress.NONE);
            assertEquals("Which day, in Judaism, is the Sabbath?",
                    p.items().byExternalId("world_religions/test/0").orElseThrow().field("question"));
            assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(roundTrip(p, "en.csv", null)));
        }
    }
}
