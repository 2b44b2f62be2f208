package io.indaba.core.formats;

import io.indaba.core.Progress;
import io.indaba.core.base.BadInputException;
import io.indaba.core.project.Project;
import io.indaba.core.testing.SharedData;
import io.indaba.core.testing.TestProjects;
import io.indaba.core.translate.MemoryEntries;
import io.indaba.core.translate.MemoryEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Feeds every importer truncated, mutated and hostile versions of valid files (the real deliveries too, when
 * present). The only acceptable outcomes: success, or a {@link BadInputException} naming the file and a line, with
 * nothing of the failed import kept.
 */
class ImportFuzzTest {

    private static final String[] HOSTILE = {"\"", ",", ";", "\n", "\r", "\r\n", "\u0000", "\uFEFF", "\"\"\"",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "]]>", "<", "</unit>", "{", "}", "[",
        "\\", "'", "2.0", "E", "_", "\uD800", "\u202E", "<cp hex=\"FFFFFFFF\"/>", "\"answer\": [[[[[[", "x".repeat(300)};

    private static Path dir;
    private static Project project;
    private static byte[] xliffSeed;

    private static final String MMLU_EN = "What is 2+2?,3,4,5,6,B\r\n\"Pick \"\"one\"\"\nplease\",a,b,c,d,A\r\nThird,x,y,z,w,D";
    private static final String MMLU_AM = "\uFEFF2+2 ስንት ነው?;3;4;5;6;B\r\nአንዱን ምረጥ;ሀ;ለ;ሐ;መ;A\r\nሦስተኛ;x;y;z;w;D\r\n";
    private static final String WINO_CSV = "qID,English Sentence,English Option 1,English Option 2,Answer,Split\n"
            + "q1-1,\"Ian ate, because _ was hungry.\",Ian,Dennis,1,dev\nq1-2,Ian ate because _ was full.,Ian,Dennis,2.0,dev\n";
    private static final String BILINGUAL = "qID,English Sentence,English Option 1,English Option 2,Amharic Sentence,"
            + "Amharic Option 1,Amharic Option 2,Answer,Split\r\nq1-1,Ian ate because _ was hungry.,Ian,Dennis,"
            + "ኢያን _ ስለራበው በላ.,ኢያን,ዴኒስ,1,dev\r\nq1-2,\"Ian ate, because _ was full.\",Ian,Dennis,ኢያን _ በላ.,ኢያን,ዴኒስ,2,dev";
    private static final String MMLU_HF = "{\"question\": \"Which?\", \"subject\": \"virology\", \"choices\": "
            + "[\"a\", \"b\", \"c\", \"d\"], \"answer\": 1}\n{\"question\": \"Pick\", \"subject\": \"virology\", "
            + "\"choices\": \"['it\\\\'s', \\\"b\\\", 'c', 'd']\", \"answer\": \"C\"}\n";
    private static final String WINO_JSONL = "{\"qID\": \"j-1\", \"sentence\": \"The _ broke.\", \"option1\": \"cup\", "
            + "\"option2\": \"plate\", \"answer\": \"2.0\"}\n{\"qID\": \"j-2\", \"sentence\": \"The _ held.\", "
            + "\"option1\": \"cup\", \"option2\": \"plate\", \"answer\": 1}\n";
    private static final String TMX = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"
            + "<tu tuid=\"1\"><prop type=\"d\">m</prop><note>n</note><tuv xml:lang=\"en\"><seg>The <ph>&lt;b&gt;</ph>"
            + "virus</seg></tuv>\n<tuv xml:lang=\"am\"><seg>ቫይረሱ</seg></tuv></tu>\n</body></tmx>\n";

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("indaba-fuzz");
        project = TestProjects.create(dir);
        Path en = TestProjects.write(dir, "seed/virology_dev.csv", MMLU_EN);
        Formats.importer("mmlu-csv").importFile(project, en, ImportOptions.defaults(), Progress.NONE);
        Path out = dir.resolve("seed/am.xlf");
        Formats.importer("mmlu-csv").importFile(project, TestProjects.write(dir, "seed/virology_dev_am.csv",
                MMLU_AM), TestProjects.translation(null, "position"), Progress.NONE);
        Formats.exporter("xliff").export(project, new ExportOptions(out, "am", null), Progress.NONE);
        xliffSeed = Files.readAllBytes(out);
    }

    @AfterContainer
    static void tearDown() throws IOException {
        project.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 120)
    void mmluCsv(@ForAll long seed) throws IOException {
        List<byte[]> seeds = seeds(MMLU_EN, "bridging_the_gap/mmlu_cm_ck_vir");
        fuzz("mmlu-csv", "virology_dev.csv", seeds, seed, ImportOptions.defaults());
    }

    @Property(tries = 120)
    void mmluCsvTranslation(@ForAll long seed) throws IOException {
        List<byte[]> seeds = seeds(MMLU_AM, "translated_com_raw");
        fuzz("mmlu-csv", "virology_dev_am.csv", seeds, seed, TestProjects.translation(null, "position"));
    }

    @Property(tries = 100)
    void winograndeCsv(@ForAll long seed) throws IOException {
        fuzz("winogrande-csv", "winogrande.csv", seeds(WINO_CSV, null), seed, ImportOptions.defaults());
    }

    @Property(tries = 100)
    void bilingualCsv(@ForAll long seed) throws IOException {
        fuzz("bilingual-csv", "winogrande_am.csv", seeds(BILINGUAL, null), seed, ImportOptions.defaults());
    }

    @Property(tries = 100)
    void mmluHf(@ForAll long seed) throws IOException {
        fuzz("mmlu-hf", "mmlu_test.jsonl", seeds(MMLU_HF, null), seed, ImportOptions.defaults());
    }

    @Property(tries = 100)
    void winograndeJsonl(@ForAll long seed) throws IOException {
        fuzz("winogrande-jsonl", "dev.jsonl", seeds(WINO_JSONL, null), seed, ImportOptions.defaults());
    }

    @Property(tries = 120)
    void xliff(@ForAll long seed) throws IOException {
        fuzz("xliff", "back.xlf", List.of(xliffSeed), seed, ImportOptions.defaults());
    }

    @Property(tries = 100)
    void tmx(@ForAll long seed) throws IOException {
        List<byte[]> seeds = List.of(TMX.getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + TMX.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"))
                        .getBytes(StandardCharsets.UTF_16LE));
        fuzz("tmx", "memory.tmx", seeds, seed, ImportOptions.defaults());
    }

    /** Imports one mutant; fails the property on any outcome but success or a located, all-or-nothing error. */
    private static void fuzz(String format, String name, List<byte[]> seeds, long seed, ImportOptions options)
            throws IOException {
        Random random = new Random(seed);
        byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
        Path file = dir.resolve("in-" + Long.toHexString(seed)).resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, input);
        long[] before = state();
        try {
            Formats.importer(format).importFile(project, file, options, Progress.NONE);
            Statistics.label(format).collect("imported");
        } catch (BadInputException e) {
            Statistics.label(format).collect("rejected: " + e.reason().substring(0, Math.min(30, e.reason().length())));
            if (!file.equals(e.file()) || e.line() < 0 || e.reason() == null || e.reason().isBlank()) {
                throw new AssertionError("error does not name file and line: " + e.getMessage(), e);
            }
            long[] after = state();
            if (!java.util.Arrays.equals(before, after)) {
                throw new AssertionError("a failed import kept something: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            if (System.getProperty("fuzz.debug") != null) {
                e.printStackTrace(System.out);
                Files.write(Path.of(System.getProperty("fuzz.debug")), input);
            }
            throw e;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Items, translations, memory entries and logged events: a failed import changes none of them. */
    private static long[] state() {
        long translations = project.translations().countsByLanguage().values().stream()
                .flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        return new long[] {project.itemCount(), translations, new MemoryEntries(project.database()).count(),
            project.events().count()};
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            switch (random.nextInt(6)) {
                case 0 -> b = java.util.Arrays.copyOf(b, at);
                case 1 -> {
                    if (b.length > 0) {
                        b[Math.min(at, b.length - 1)] = (byte) random.nextInt(256);
                    }
                }
                case 2, 3 -> b = splice(b, at, at, HOSTILE[random.nextInt(HOSTILE.length)]
                        .getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE));
                case 4 -> b = splice(b, at, Math.min(b.length, at + random.nextInt(40)), new byte[0]);
                default -> {
                    int end = Math.min(b.length, at + random.nextInt(80));
                    b = splice(b, at, at, java.util.Arrays.copyOfRange(b, at, end));
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    /** The synthetic seed, plus the real files of {@code folder} when the shared data is present. */
    private static List<byte[]> seeds(String synthetic, String folder) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(synthetic.getBytes(StandardCharsets.UTF_8));
        Path data = SharedData.locate();
        if (folder != null && data != null && Files.isDirectory(data.resolve(folder))) {
            try (Stream<Path> s = Files.list(data.resolve(folder))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".csv")).sorted().limit(6).toList()) {
                    seeds.add(Files.readAllBytes(p));
                }
            }
        }
        return seeds;
    }
}
