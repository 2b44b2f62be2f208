package io.indaba.core.translate;

import io.indaba.core.project.Project;
import io.indaba.core.base.ProjectSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fuzzy lookup over a 100,000-segment memory (target: p95 ≤ 20 ms), against a brute-force scan with the same
 * scorer in the same run. Prints wall and CPU time per lookup: on a shared machine the CPU time is the steadier
 * figure. Run with the test class path: {@code java io.indaba.core.translate.TmBenchmark [segments]}.
 */
public final class TmBenchmark {

    private static final int SEGMENTS = 100_000;
    private static final int LOOKUPS = 2_000;
    private static final int WARMUP = 500;
    private static final int BASELINE_LOOKUPS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int segments = args.length > 0 ? Integer.parseInt(args[0]) : SEGMENTS;
        SyntheticSentences text = new SyntheticSentences(20_240_601L, 8_000);
        List<String> corpus = text.corpus(segments);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < WARMUP + LOOKUPS; i++) {
            // Half the queries resemble a stored segment, half are new text that should find little.
            queries.add(i % 2 == 0 ? text.nearDuplicate(corpus.get(text.nextInt(corpus.size()))) : text.sentence());
        }
        System.out.printf("TmBenchmark: %,d segments (mean %.0f characters), %,d lookups after %,d warm-up; Java %s, "
                        + "%d CPUs, load average %.1f%n", segments,
                corpus.stream().mapToInt(String::length).average().orElse(0), LOOKUPS, WARMUP, Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long memoryCpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SegmentIndex memoryOnly = new SegmentIndex();
        for (int i = 0; i < segments; i++) {
            memoryOnly.put(MemorySegment.ofEntry(MemoryEntry.of("en", "am", corpus.get(i), "t" + i, "bench", null)
                    .withId(i + 1)));
        }
        System.out.printf("index build in memory (normalise, graphemes, trigrams): %,d ms wall, %,d ms CPU%n",
                millis(t0), cpuMillis(memoryCpu0));

        Path dir = Files.createTempDirectory("tm-bench");
        try (Project project = Project.create(dir.resolve("bench.indaba"),
                new ProjectSettings("bench", "en", List.of("am")), "bench")) {
            long s0 = System.nanoTime();
            project.database().write(c -> {
                for (int i = 0; i < segments; i++) {
                    MemoryEntries.insert(c, MemoryEntry.of("en", "am", corpus.get(i), "t" + i, "tmx:bench.tmx", Map.of()));
                }
                return null;
            });
            System.out.printf("store %,d tm_entry rows in one transaction: %,d ms%n", segments, millis(s0));
            TranslationMemory tm = TranslationMemory.of(project);
            long bc0 = THREADS.getCurrentThreadCpuTime();
            long b0 = System.nanoTime();
            int size = tm.size("en", "am");
            System.out.printf("index build from the project file (%,d segments): %,d ms wall, %,d ms CPU%n", size,
                    millis(b0), cpuMillis(bc0));

            for (int i = 0; i < WARMUP; i++) {
                tm.matches("en", "am", queries.get(i), 0, "");
            }
            double[] wall = new double[LOOKUPS];
            double[] cpu = new double[LOOKUPS];
            List<List<TmMatch>> results = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < LOOKUPS; i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long q0 = System.nanoTime();
                List<TmMatch> m = tm.matches("en", "am", queries.get(WARMUP + i), 0, "");
                wall[i] = (System.nanoTime() - q0) / 1e6;
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                found += m.isEmpty() ? 0 : 1;
                results.add(m);
            }
            System.out.printf("indexed lookup, wall (incl. diff): %s%n", summary(wall));
            System.out.printf("indexed lookup, CPU  (incl. diff): %s%n", summary(cpu));
            System.out.printf("%,d of %,d lookups found a match >= %d%%%n", found, LOOKUPS,
                    TranslationMemory.DEFAULT_MIN_PERCENT);
            baseline(corpus, queries, wall, cpu, results);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Brute force with the same scorer over every segment; also checks the index found the same top matches. */
    private static void baseline(List<String> corpus, List<String> queries, double[] wall, double[] cpu,
                                 List<List<TmMatch>> indexed) {
        List<MatchText> all = corpus.stream().map(MatchText::of).toList();
        int min = TranslationMemory.DEFAULT_MIN_PERCENT;
        int top = TranslationMemory.DEFAULT_MAX_RESULTS;
        double bruteWall = 0;
        double bruteCpu = 0;
        double indexedWall = 0;
        double indexedCpu = 0;
        int bestAgrees = 0;
        int allAgree = 0;
        for (int i = 0; i < BASELINE_LOOKUPS; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long q0 = System.nanoTime();
            MatchText q = MatchText.of(queries.get(WARMUP + i));
            BitVectorDistance scorer = new BitVectorDistance(q.graphemes());
            int[] best = new int[top];
            Arrays.fill(best, -1);
            for (MatchText s : all) {
                int p = Similarity.fromDistance(scorer.distance(s.graphemes()), Math.max(q.length(), s.length()));
                if (p >= min && p > best[0]) {
                    best[0] = p;
                    Arrays.sort(best);
                }
            }
            bruteWall += (System.nanoTime() - q0) / 1e6;
            bruteCpu += (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            indexedWall += wall[i];
            indexedCpu += cpu[i];
            int[] got = new int[top];
            Arrays.fill(got, -1);
            List<TmMatch> m = indexed.get(i);
            for (int k = 0; k < m.size(); k++) {
                got[top - 1 - k] = m.get(k).percentage();
            }
            bestAgrees += got[top - 1] == best[top - 1] ? 1 : 0;
            allAgree += Arrays.equals(got, best) ? 1 : 0;
        }
        System.out.printf("baseline, brute-force scan with the same scorer (%d lookups): mean wall %.1f ms, CPU %.1f ms;"
                        + " indexed on the same queries: wall %.2f ms, CPU %.2f ms; speed-up %.0fx wall, %.0fx CPU%n",
                BASELINE_LOOKUPS, bruteWall / BASELINE_LOOKUPS, bruteCpu / BASELINE_LOOKUPS,
                indexedWall / BASELINE_LOOKUPS, indexedCpu / BASELINE_LOOKUPS, bruteWall / indexedWall,
                bruteCpu / indexedCpu);
        System.out.printf("recall against brute force: best percentage equal in %d of %d, all top-%d percentages equal "
                + "in %d of %d%n",
                bestAgrees, BASELINE_LOOKUPS, top, allAgree, BASELINE_LOOKUPS);
    }

    private static String summary(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms", at(s, 50), at(s, 95),
                at(s, 99), s[s.length - 1], Arrays.stream(s).average().orElse(0));
    }

    private static double at(double[] sorted, int percentile) {
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long cpuMillis(long since) {
        return (THREADS.getCurrentThreadCpuTime() - since) / 1_000_000;
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
