package io.indaba.core.audit;

import io.indaba.core.stats.agreement.CodedAlpha;
import io.indaba.core.stats.agreement.GwetAc;
import io.indaba.core.stats.agreement.Masi;
import io.indaba.core.stats.agreement.Metric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Agreement per taxonomy field over one language's audits: the numbers behind {@code stats --audit}. */
public final class AuditStatistics {

    private final Taxonomy taxonomy;
    private final int bootstrap;
    private final long seed;

    public AuditStatistics(Taxonomy taxonomy, int bootstrap, long seed) {
        this.taxonomy = taxonomy;
        this.bootstrap = bootstrap;
        this.seed = seed;
    }

    /** Agreement on every choice field of the taxonomy; free-text fields are left out. */
    public List<FieldAgreement> fields(AuditBook book) {
        List<FieldAgreement> out = new ArrayList<>();
        for (Field f : taxonomy.fields()) {
            if (f.type().chosen()) {
                out.add(field(book, f));
            }
        }
        return out;
    }

    /** Agreement on one field. */
    public FieldAgreement field(AuditBook book, Field f) {
        Map<String, Long> abstentions = new LinkedHashMap<>();
        f.abstentions().forEach(a -> abstentions.put(a, 0L));
        Map<String, Long> distribution = new LinkedHashMap<>();
        List<List<String>> perUnit = new ArrayList<>(); // each unit's answers, abstentions left out
        int units = 0;
        for (long itemId : book.items()) {
            List<String> keys = new ArrayList<>(); // a multiple-choice answer as its values in field order
            List<List<String>> answers = new ArrayList<>();
            for (List<String> answer : book.votes(itemId, f.key()).values()) {
                if (answer.size() == 1 && f.abstains(answer.get(0))) {
                    abstentions.merge(answer.get(0), 1L, Long::sum);
                } else if (valid(f, answer)) {
                    answers.add(answer);
                    keys.add(String.join(",", answer.stream().sorted(java.util.Comparator.comparingInt(
                            f.choices()::indexOf)).toList()));
                }
            }
            if (!keys.isEmpty()) {
                units++;
                keys.forEach(k -> distribution.merge(k, 1L, Long::sum));
                perUnit.add(keys);
            }
        }
        long total = distribution.values().stream().mapToLong(Long::longValue).sum();
        Map.Entry<String, Long> top = distribution.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        boolean ordinal = f.type() == FieldType.ORDINAL;
        boolean multiple = f.type() == FieldType.MULTIPLE;
        List<String> categories = multiple ? new ArrayList<>(distribution.keySet()) : f.choices();
        Map<String, Integer> code = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            code.put(categories.get(i), i);
        }
        List<int[]> coded = perUnit.stream().map(u -> u.stream().mapToInt(code::get).toArray()).toList();
        CodedAlpha alpha = multiple ? CodedAlpha.withDelta(coded, masi(categories))
                : CodedAlpha.of(coded, categories.size(), ordinal ? Metric.ORDINAL : Metric.NOMINAL);
        double[] interval = alpha.interval(bootstrap, seed);
        double ac = multiple ? Double.NaN : GwetAc.of(coded,
                ordinal ? GwetAc.ordinal(categories.size()) : GwetAc.identity(categories.size()));
        Map<String, Double> perValue = new LinkedHashMap<>();
        if (multiple) {
            for (String value : f.choices()) {
                List<int[]> binary = perUnit.stream().map(u -> u.stream()
                        .mapToInt(k -> List.of(k.split(",")).contains(value) ? 1 : 0).toArray()).toList();
                perValue.put(value, CodedAlpha.of(binary, 2, Metric.NOMINAL).value());
            }
        }
        return new FieldAgreement(f.key(), f.type().code(), multiple ? "masi" : ordinal ? "ordinal" : "nominal", units,
                alpha.pairableUnits(), total, abstentions, sorted(distribution), observed(perUnit),
                top == null ? null : top.getKey(), top == null ? Double.NaN : (double) top.getValue() / total,
                alpha.value(), interval[0], interval[1], multiple ? "" : ordinal ? "AC2" : "AC1", ac, perValue);
    }

    /** Each reviewer's agreement with the most common answer of the other reviewers, over every choice field. */
    public Map<String, Double> agreementWithMajority(AuditBook book) {
        Map<String, long[]> tally = new TreeMap<>();
        for (long itemId : book.items()) {
            for (Field f : taxonomy.fields()) {
                if (!f.type().chosen()) {
                    continue;
                }
                Map<String, List<String>> votes = book.votes(itemId, f.key());
                votes.forEach((reviewer, answer) -> {
                    Map<List<String>, Integer> others = new HashMap<>();
                    votes.forEach((r, a) -> {
                        if (!r.equals(reviewer)) {
                            others.merge(a, 1, Integer::sum);
                        }
                    });
                    int best = others.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                    List<List<String>> leaders = others.entrySet().stream().filter(e -> e.getValue() == best)
                            .map(Map.Entry::getKey).toList();
                    if (leaders.size() == 1) {
                        long[] t = tally.computeIfAbsent(reviewer, r -> new long[2]);
                        t[0] += leaders.get(0).equals(answer) ? 1 : 0;
                        t[1]++;
                    }
                });
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        tally.forEach((r, t) -> out.put(r, (double) t[0] / t[1]));
        return out;
    }

    private static boolean valid(Field f, List<String> answer) {
        // answers made under an older guideline may hold values the current one dropped: they are not counted
        return !answer.isEmpty() && f.choices().containsAll(answer) && (answer.size() == 1 || f.type() == FieldType.MULTIPLE);
    }

    private static double observed(List<List<String>> units) {
        long agreeing = 0;
        long pairs = 0;
        for (List<String> u : units) {
            for (int i = 0; i < u.size(); i++) {
                for (int j = i + 1; j < u.size(); j++) {
                    pairs++;
                    agreeing += u.get(i).equals(u.get(j)) ? 1 : 0;
                }
            }
        }
        return pairs == 0 ? Double.NaN : (double) agreeing / pairs;
    }

    private static double[][] masi(List<String> sets) {
        List<Set<String>> parsed = sets.stream().map(s -> (Set<String>) new HashSet<>(List.of(s.split(",")))).toList();
        double[][] d = new double[sets.size()][sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            for (int j = 0; j < sets.size(); j++) {
                d[i][j] = Masi.distance(parsed.get(i), parsed.get(j));
            }
        }
        return d;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
