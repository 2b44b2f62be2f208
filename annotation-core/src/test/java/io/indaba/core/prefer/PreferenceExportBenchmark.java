package io.indaba.core.prefer;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.Progress;
import io.indaba.core.formats.AtomicFile;
import io.indaba.core.formats.ExportOptions;
import io.indaba.core.formats.ExportReport;
import io.indaba.core.formats.Formats;
import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import io.indaba.core.store.Json;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (not a test): DPO export rate and heap growth of a project with N judgements (default 200,000; pass
 * 1000000 for the 1M target), against a baseline in the same run: one bare JDBC join of the same rows written as
 * the same JSON with Jackson through the same atomic file. Args: {@code [N] [rounds, default 5]}; a warm-up round,
 * then the counted rounds, each running the baseline and then Indaba; medians are reported. Targets: at least 100,000 records/s and at most 64 MB of
 * heap growth at 1M. Run: {@code java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt)
 * io.indaba.core.prefer.PreferenceExportBenchmark [N]}.
 */
public final class PreferenceExportBenchmark {

    private static final int PER_ITEM = 4;

    private PreferenceExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Math.max(1, Integer.parseInt(args[1])) : 5;
        Path dir = Files.createTempDirectory("pref-bench");
        try (Project project = Project.create(dir.resolve("bench.indaba"),
                new ProjectSettings("bench", "en", List.of("sw")), "bench")) {
            long t0 = System.nanoTime();
            build(project, n);
            System.out.printf("built %,d judgements on %,d items in %.1f s%n", n, n / PER_ITEM, seconds(t0));
            List<Result> bases = new java.util.ArrayList<>();
            List<Result> ours = new java.util.ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                // round 0 warms the JIT and the page cache for both and is not counted; the pair alternates so that
                // a busy neighbour slows both alike
                Result base = measure("baseline", () -> baseline(project, dir.resolve("baseline.jsonl")));
                Result indaba = measure("indaba dpo", () -> Formats.exporter("dpo").export(project,
                        new ExportOptions(dir.resolve("dpo.jsonl"), null, Map.of("card", "false")), Progress.NONE)
                        .records());
                System.out.printf("round %d: baseline %,.0f rec/s (%,.0f per CPU-s), indaba %,.0f rec/s (%,.0f per CPU-s)%n",
                        round, base.rate(), base.cpuRate(), indaba.rate(), indaba.cpuRate());
                if (round > 0) {
                    bases.add(base);
                    ours.add(indaba);
                }
            }
            System.out.printf("%nJVM %s, %d cores, max heap %d MB; %d counted rounds%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, rounds);
            Result base = median(bases);
            Result indaba = median(ours);
            for (Result r : List.of(base, indaba)) {
                System.out.printf("%-11s %,9d records in %6.2f s = %,9.0f records/s (median; best %,.0f); %,9.0f records "
                        + "per CPU-second; heap growth peak %4d MB, after GC %4d MB (worst round)%n", r.name(), r.records(),
                        r.seconds(), r.rate(), best(r.name().equals("baseline") ? bases : ours), r.cpuRate(),
                        worst(r.name().equals("baseline") ? bases : ours, Result::peakGrowth) >> 20,
                        worst(r.name().equals("baseline") ? bases : ours, Result::retainedGrowth) >> 20);
            }
            System.out.printf("ratio indaba / baseline (medians) = %.2f (records/s), %.2f (records per CPU-second); load %.1f%n",
                    indaba.rate() / base.rate(), indaba.cpuRate() / base.cpuRate(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            long retained = worst(ours, Result::retainedGrowth);
            System.out.printf("targets: >= 100,000 records/s (median): %s; heap growth after GC <= 64 MB: %s%n",
                    indaba.rate() >= 100_000 ? "met" : "NOT met", retained <= (64L << 20) ? "met" : "NOT met");
        } finally {
            if (Boolean.getBoolean("bench.keep")) {
                // -Dbench.keep=true leaves the project for timing the CLI on it
                System.out.println("kept " + dir.resolve("bench.indaba"));
                return;
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Result(String name, long records, double seconds, double cpuSeconds, long peakGrowth,
                          long retainedGrowth) {
        double rate() {
            return records / seconds;
        }

        /** Records per CPU-second of the whole process (all threads, GC and JIT included): the cost of a record. */
        double cpuRate() {
            return records / cpuSeconds;
        }
    }

    /** The round with the median rate (the upper one of an even count). */
    private static Result median(List<Result> rs) {
        List<Result> sorted = rs.stream().sorted(java.util.Comparator.comparingDouble(Result::rate)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double best(List<Result> rs) {
        return rs.stream().mapToDouble(Result::rate).max().orElse(0);
    }

    private static long worst(List<Result> rs, java.util.function.ToLongFunction<Result> f) {
        return rs.stream().mapToLong(f).max().orElse(0);
    }

    private interface Run {
        long records() throws Exception;
    }

    private static Result measure(String name, Run run) throws Exception {
        System.gc();
        Thread.sleep(200);
        long before = used();
        long retainedBefore = retained();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakRetained = new AtomicLong(retainedBefore);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                peakRetained.accumulateAndGet(retained(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        long records = run.records();
        double s = seconds(t0);
        double cpu = (processCpu() - cpu0) / 1e9;
        sampler.interrupt();
        sampler.join();
        return new Result(name, records, s, cpu, peak.get() - before, Math.max(0, peakRetained.get() - retainedBefore));
    }

    /** CPU time of the whole process so far, every thread (readers, writers, GC, JIT) included. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Heap in use now, garbage included. */
    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Heap that survived the latest collection of each pool: the live data, without garbage. */
    private static long retained() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The same decisive rows as the dpo export, from one join, with the same columns (agreement fixed at 1). */
    private static long baseline(Project project, Path out) throws IOException {
        long[] count = {0};
        AtomicFile.write(out, os -> {
            JsonGenerator g = Json.MAPPER.getFactory().createGenerator(os);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null);
            project.database().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT j.uid, j.annotator_id, j.lang, j.winner, "
                        + "j.guideline_version, j.time_on_task_ms, j.aids, j.display, i.external_id, i.fields, i.meta, "
                        + "a.body, a.model, a.backend, a.params, a.seed, a.origin, b.body, b.model, b.backend, b.params, "
                        + "b.seed, b.origin, al.proficiency FROM judgement j JOIN item i ON i.id = j.item_id "
                        + "JOIN candidate a ON a.id = j.candidate_a JOIN candidate b ON b.id = j.candidate_b "
                        + "LEFT JOIN annotator_language al ON al.annotator_id = j.annotator_id AND al.lang = j.lang "
                        + "WHERE j.winner IN ('A', 'B') ORDER BY j.id")) {
                    ps.setFetchSize(1000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            boolean aWins = "A".equals(rs.getString(4));
                            int chosen = aWins ? 12 : 18;
                            int rejected = aWins ? 18 : 12;
                            Map<String, String> meta = Json.stringMap(rs.getString(11));
                            g.writeStartObject();
                            g.writeStringField("prompt", Json.stringMap(rs.getString(10)).get("prompt"));
                            g.writeStringField("chosen", rs.getString(chosen));
                            g.writeStringField("rejected", rs.getString(rejected));
                            g.writeStringField("item_id", rs.getString(9));
                            g.writeStringField("judgement_uid", rs.getString(1));
                            g.writeStringField("prompt_lang", meta.get("lang"));
                            g.writeStringField("response_lang", rs.getString(3));
                            g.writeStringField("annotator_id", rs.getString(2));
                            g.writeStringField("annotator_proficiency", rs.getString(24));
                            g.writeNumberField("guideline_version", rs.getInt(5));
                            for (int base : new int[] {chosen, rejected}) {
                                String side = base == chosen ? "chosen_" : "rejected_";
                                g.writeStringField(side + "model", rs.getString(base + 1));
                                g.writeStringField(side + "backend", rs.getString(base + 2));
                                g.writeFieldName(side + "params");
                                g.writeRawValue(rs.getString(base + 3));
                                g.writeNumberField(side + "seed", rs.getLong(base + 4));
                                g.writeStringField(side + "origin", rs.getString(base + 5));
                            }
                            g.writeStringField("chosen_position", "left");
                            g.writeFieldName("aids_used");
                            g.writeRawValue(rs.getString(7));
                            g.writeNumberField("time_on_task_ms", rs.getLong(6));
                            g.writeNumberField("item_agreement", 1.0);
                            g.writeEndObject();
                            g.writeRaw('\n');
                            count[0]++;
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            g.flush();
        });
        return count[0];
    }

    /** N judgements, four per item by four of 40 annotators: 55% A, 35% B, 7% tie, 3% both bad. */
    private static void build(Project project, int n) {
        Random random = new Random(7);
        String prompt = "Eleza kwa nini anga ni la buluu wakati wa mchana na jekundu wakati wa machweo. ".repeat(2);
        String answer = "Mwanga wa jua hutawanyika na molekuli za hewa; mawimbi mafupi ya bluu hutawanyika zaidi. ".repeat(4);
        for (int a = 0; a < 40; a++) {
            project.annotators().save(new Annotator("ann" + a, null, Map.of("sw", a % 3 == 0 ? Proficiency.NATIVE
                    : Proficiency.FLUENT, "en", Proficiency.WORKING)), "bench");
        }
        project.database().write(c -> {
            String now = "2025-01-01T00:00:00Z";
            try (PreparedStatement item = c.prepareStatement("INSERT INTO item (id, external_id, kind, source_lang, "
                    + "collection, position, fields, answer, meta, source_hash, created_at, updated_at) VALUES "
                    + "(?, ?, 'prompt', 'en', 'bench', ?, ?, NULL, '{\"lang\":\"en\"}', 'x', ?, ?)");
                 PreparedStatement cand = c.prepareStatement("INSERT INTO candidate (id, item_id, body, lang_requested, "
                         + "origin, backend, model, params, seed, created_at) VALUES (?, ?, ?, 'sw', 'generated', "
                         + "'vllm', ?, '{\"temperature\":0.7,\"top_p\":0.95}', ?, ?)");
                 PreparedStatement judg = c.prepareStatement("INSERT INTO judgement (uid, item_id, annotator_id, lang, "
                         + "kind, candidate_a, candidate_b, winner, strength, display, aids, time_on_task_ms, "
                         + "guideline_version, created_at) VALUES (?, ?, ?, 'sw', 'pairwise', ?, ?, ?, ?, ?, '[]', ?, 2, ?)")) {
                int items = n / PER_ITEM;
                for (int i = 1; i <= items; i++) {
                    item.setLong(1, i);
                    item.setString(2, "q" + i);
                    item.setInt(3, i);
                    item.setString(4, Json.stringMap(Map.of("prompt", i + ". " + prompt)));
                    item.setString(5, now);
                    item.setString(6, now);
                    item.addBatch();
                    for (int k = 0; k < 2; k++) {
                        cand.setLong(1, 2L * i + k);
                        cand.setLong(2, i);
                        cand.setString(3, answer + (k == 0 ? " (a)" : " (b)") + i);
                        cand.setString(4, k == 0 ? "model-a" : "model-b");
                        cand.setLong(5, i * 10L + k);
                        cand.setString(6, now);
                        cand.addBatch();
                    }
                    int first = random.nextInt(40);
                    for (int v = 0; v < PER_ITEM; v++) {
                        int roll = random.nextInt(100);
                        String winner = roll < 55 ? "A" : roll < 90 ? "B" : roll < 97 ? "tie" : "both-bad";
                        judg.setString(1, "u" + i + "-" + v);
                        judg.setLong(2, i);
                        judg.setString(3, "ann" + ((first + v) % 40));
                        judg.setLong(4, 2L * i);
                        judg.setLong(5, 2L * i + 1);
                        judg.setString(6, winner);
                        judg.setInt(7, winner.length() == 1 ? 1 + random.nextInt(3) : 0);
                        boolean swap = random.nextBoolean();
                        judg.setString(8, "{\"left\":" + (2L * i + (swap ? 1 : 0)) + ",\"right\":" + (2L * i + (swap ? 0 : 1))
                                + ",\"orderSeed\":" + random.nextInt() + "}");
                        judg.setLong(9, 5_000 + random.nextInt(60_000));
                        judg.setString(10, now);
                        judg.addBatch();
                    }
                    if (i % 2_000 == 0) {
                        item.executeBatch();
                        cand.executeBatch();
                        judg.executeBatch();
                    }
                }
                item.executeBatch();
                cand.executeBatch();
                judg.executeBatch();
            }
            return null;
        });
    }
}
