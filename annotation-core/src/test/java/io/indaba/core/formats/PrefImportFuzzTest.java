package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.base.BadRow;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input for every preference importer: valid records truncated, with characters inserted, deleted and
 * swapped, values of the wrong type, stray bytes that are not UTF-8. The import either succeeds or fails with a
 * {@link BadInputException} naming the file, and a failure keeps nothing; no other exception may escape.
 */
class PrefImportFuzzTest {

    private static final Map<String, List<String>> SEEDS = Map.of(
            "preference-jsonl", List.of(
                    "{\"id\":\"q1\",\"prompt\":\"Habari?\",\"lang\":\"sw\",\"candidates\":[{\"text\":\"Nzuri\","
                            + "\"lang\":\"sw\",\"model\":\"m\",\"params\":{\"t\":1},\"seed\":3},\"plain\"]}",
                    "{\"prompt\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"responses\":[{\"response\":\"x\"}],"
                            + "\"meta\":{\"k\":1}}",
                    "{\"id\":\"q2\",\"prompt\":\"Hi\",\"candidates\":[\"a\",\"b\",\"c\"],\"judgements\":["
                            + "{\"annotator\":\"x\",\"pair\":[0,1],\"verdict\":\"a\",\"strength\":2,\"time_ms\":5},"
                            + "{\"annotator\":\"y\",\"ranking\":[[2],[0,1]],\"shown\":[1,2,0],\"rationale\":\"r\","
                            + "\"created_at\":\"2025-01-01T00:00:00Z\"},{\"annotator\":\"z\",\"pair\":[1,2],"
                            + "\"verdict\":\"both-bad\",\"adjudication\":true}]}"),
            "trl-preference", List.of(
                    "{\"prompt\":\"2+2?\",\"chosen\":\"4\",\"rejected\":\"5\",\"chosen_model\":\"a\",\"lang\":\"en\"}",
                    "{\"chosen\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Yo\"}],"
                            + "\"rejected\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\","
                            + "\"content\":\"No\"}],\"score_chosen\":8}",
                    "{\"chosen\":\"\\n\\nHuman: Hi\\n\\nAssistant: Yo\\n\\nAssistant: Again\",\"rejected\":"
                            + "\"\\n\\nHuman: Hi\\n\\nAssistant: No\"}",
                    "{\"conversations\":[{\"from\":\"human\",\"value\":\"Hi\"}],\"system\":\"S\",\"chosen\":"
                            + "{\"from\":\"gpt\",\"value\":\"a\"},\"rejected\":{\"from\":\"gpt\",\"value\":\"b\"}}",
                    "{\"chosen_messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Q\"}]},"
                            + "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"A\"}]}],"
                            + "\"rejected_messages\":[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":"
                            + "\"assistant\",\"content\":\"B\"}]}",
                    "{\"instruction\":\"Do\",\"input\":\"x\",\"chosen\":\"a\",\"rejected\":\"b\"}"),
            "kto", List.of(
                    "{\"prompt\":\"Hi\",\"completion\":\"Yo\",\"label\":true,\"model\":\"m\",\"item_id\":\"k1\"}",
                    "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\","
                            + "\"content\":[{\"type\":\"text\",\"text\":\"No\"}]}],\"label\":false}",
                    "{\"prompt\":[{\"role\":\"user\",\"content\":\"Q\"}],\"completion\":[{\"role\":"
                            + "\"assistant\",\"content\":\"A\"}],\"label\":false,\"prompt_lang\":\"sw\"}"),
            "arena-battles", List.of(
                    "{\"question_id\":\"b1\",\"model_a\":\"x\",\"model_b\":\"y\",\"winner\":\"tie (bothbad)\","
                            + "\"judge\":\"j\",\"language\":\"English\",\"tstamp\":1.7e9,\"conversation_a\":"
                            + "[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":\"assistant\",\"content\":\"A\"}],"
                            + "\"conversation_b\":[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":\"assistant\","
                            + "\"content\":\"B\"}],\"model_a_position\":\"right\",\"time_on_task_ms\":5}"),
            "ultrafeedback", List.of(
                    "{\"instruction\":\"Explain\",\"source\":\"s\",\"completions\":[{\"model\":\"a\",\"response\":\"r1\","
                            + "\"overall_score\":7,\"annotations\":{\"h\":{\"Rating\":\"4\"}}},{\"model\":\"b\","
                            + "\"response\":\"r2\",\"overall_score\":5.5}]}"),
            "okapi-ranked", List.of(
                    "{\"instruction\":\"Dịch\",\"input\":\"cat\",\"prefered_output\":\"mèo\",\"rejected_output\":\"chó\"}",
                    "{\"instruction\":\"Xếp\",\"responses\":[\"a\",\"b\",\"c\"],\"ranks\":[2,1,2],\"lang\":\"vi\"}"));

    private static final String[] HOSTILE = {"{", "}", "[", "]", "\"", ":", ",", "\\", "\u0000", "\uFEFF", "null",
            "1e999999", "-0", "true", "\"lang\":\"x_Y\"", "\"candidates\":5", "\"prompt\":{}", "𝕏", "\n", "\r\n",
            "[[[[[[[[[[[[[[[[", "\"ranks\":[0]", "\"pair\":[0,0]", "\"verdict\":\"c\"", "\"strength\":9",
            "\"ranking\":[[]]", "\"annotator\":\"\"", "\"time_ms\":-1", "\"shown\":[7]", "\"chosen\":[]", "\"completions\":[null]", "\"rank\":-1",
            "\"winner\":\"bad\"", "\"tstamp\":1e300", "\"content\":[{\"type\":\"image\"}]", "\"from\":7",
            "\\n\\nHuman:", "\\n\\nAssistant:"};

    private static Path dir;
    private static Project project;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("pref-fuzz");
        project = Project.create(dir.resolve("fuzz.indaba"), new ProjectSettings("fuzz", "en", List.of("sw")), "fuzz");
    }

    @AfterContainer
    static void close() throws IOException {
        project.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 150)
    void preferenceJsonl(@ForAll long seed) throws IOException {
        fuzz("preference-jsonl", seed);
    }

    @Property(tries = 150)
    void trlPreference(@ForAll long seed) throws IOException {
        fuzz("trl-preference", seed);
    }

    @Property(tries = 150)
    void ultraFeedback(@ForAll long seed) throws IOException {
        fuzz("ultrafeedback", seed);
    }

    @Property(tries = 150)
    void unpairedKto(@ForAll long seed) throws IOException {
        fuzz("kto", seed);
    }

    @Property(tries = 150)
    void arenaBattles(@ForAll long seed) throws IOException {
        fuzz("arena-battles", seed);
    }

    @Property(tries = 150)
    void okapiRanked(@ForAll long seed) throws IOException {
        fuzz("okapi-ranked", seed);
    }

    private static void fuzz(String format, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] content = hostile(SEEDS.get(format), random);
        Path file = dir.resolve((random.nextBoolean() ? "sw" : "input-" + Long.toHexString(seed))
                + (random.nextBoolean() ? ".json" : ".jsonl"));
        Files.write(file, content);
        boolean skip = random.nextBoolean();
        long before = project.itemCount();
        long candidatesBefore = project.candidates().countsByLanguage().values().stream().mapToLong(Long::longValue).sum();
        Importer importer = Formats.importer(format);
        importer.confidence(file, Formats.head(file));
        try {
            ImportReport r = importer.importFile(project, file,
                    new ImportOptions(null, skip, Map.of("judgement", "true"), "id", "fuzz"), Progress.NONE);
            for (BadRow bad : r.skipped()) {
                assertEquals(file, bad.file());
                assertTrue(bad.line() >= 1, bad.toString());
            }
        } catch (BadInputException e) {
            assertEquals(file, e.file(), e.getMessage());
            assertFalse(e.reason() == null || e.reason().isBlank());
            assertEquals(before, project.itemCount(), "a failed import keeps nothing: " + e.getMessage());
            assertEquals(candidatesBefore, project.candidates().countsByLanguage().values().stream()
                    .mapToLong(Long::longValue).sum());
        }
    }

    /** One to six mutations of one to four valid records, as JSON Lines or as an array. */
    static byte[] hostile(List<String> seeds, Random random) {
        StringBuilder text = new StringBuilder();
        boolean array = random.nextInt(4) == 0;
        int records = 1 + random.nextInt(4);
        if (array) {
            text.append("[\n");
        }
        for (int i = 0; i < records; i++) {
            text.append(seeds.get(random.nextInt(seeds.size()))).append(array && i < records - 1 ? ",\n" : "\n");
        }
        if (array) {
            text.append("]\n");
        }
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations && !text.isEmpty(); m++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.setLength(at);
                case 1 -> text.deleteCharAt(at);
                case 2 -> text.insert(at, HOSTILE[random.nextInt(HOSTILE.length)]);
                case 3 -> {
                    int to = Math.min(text.length(), at + 1 + random.nextInt(12));
                    text.replace(at, to, HOSTILE[random.nextInt(HOSTILE.length)]);
                }
                default -> text.setCharAt(at, (char) (0x20 + random.nextInt(0x60)));
            }
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(8) != 0 || utf8.length == 0) {
            return utf8;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(utf8.length);
        out.write(utf8, 0, at);
        out.write(0xC3);
        out.write(0x28);
        out.write(utf8, at, utf8.length - at);
        return out.toByteArray();
    }
}
