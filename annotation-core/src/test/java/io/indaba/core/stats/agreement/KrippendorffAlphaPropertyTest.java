package io.indaba.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class KrippendorffAlphaPropertyTest {

    /** Units of 1..4 coders with values 1..5; null marks a missing value. */
    @Provide
    Arbitrary<List<List<Integer>>> units() {
        Arbitrary<Integer> cell = Arbitraries.integers().between(1, 5).injectNull(0.2);
        return cell.list().ofSize(4).list().ofMinSize(2).ofMaxSize(15);
    }

    private static RatingTable<Integer> table(List<List<Integer>> units) {
        RatingTable.Builder<Integer> builder = RatingTable.builder();
        for (int u = 0; u < units.size(); u++) {
            for (int c = 0; c < units.get(u).size(); c++) {
                if (units.get(u).get(c) != null) {
                    builder.add("u" + u, "c" + c, units.get(u).get(c));
                }
            }
        }
        return builder.build();
    }

    @Property
    void perfectAgreementIsOneForEveryMetric(@ForAll @IntRange(min = 2, max = 6) int coders,
                                             @ForAll("distinctValues") List<Integer> unitValues) {
        RatingTable.Builder<Integer> builder = RatingTable.builder();
        for (int u = 0; u < unitValues.size(); u++) {
            for (int c = 0; c < coders; c++) {
                builder.add("u" + u, "c" + c, unitValues.get(u));
            }
        }
        for (Metric metric : Metric.values()) {
            assertEquals(1.0, KrippendorffAlpha.of(builder.build(), metric), 1e-12, metric.name());
        }
    }

    @Provide
    Arbitrary<List<Integer>> distinctValues() {
        return Arbitraries.integers().between(0, 9).list().ofMinSize(2).ofMaxSize(8)
                .filter(values -> values.stream().distinct().count() > 1);
    }

    @Property
    void orderOfUnitsAndCodersDoesNotMatter(@ForAll("units") List<List<Integer>> units, @ForAll long seed) {
        List<List<Integer>> shuffled = new ArrayList<>();
        Random random = new Random(seed);
        for (List<Integer> unit : units) {
            List<Integer> copy = new ArrayList<>(unit);
            Collections.shuffle(copy, random);
            shuffled.add(copy);
        }
        Collections.shuffle(shuffled, random);
        for (Metric metric : Metric.values()) {
            double expected = KrippendorffAlpha.of(table(units), metric);
            double actual = KrippendorffAlpha.of(table(shuffled), metric);
            assertEquals(expected, actual, 1e-9, metric.name());
        }
    }

    @Property
    void intervalAlphaIgnoresShiftAndScale(@ForAll("units") List<List<Integer>> units,
                                           @ForAll @IntRange(min = -50, max = 50) int shift,
                                           @ForAll @IntRange(min = 1, max = 7) int scale) {
        RatingTable<Integer> original = table(units);
        RatingTable<Integer> moved = original.map(v -> v * scale + shift);
        assertEquals(KrippendorffAlpha.of(original, Metric.INTERVAL),
                KrippendorffAlpha.of(moved, Metric.INTERVAL), 1e-9);
        // ordinal alpha depends on ranks only, so any increasing transformation keeps it
        RatingTable<Integer> squared = original.map(v -> v * v * v);
        assertEquals(KrippendorffAlpha.of(original, Metric.ORDINAL),
                KrippendorffAlpha.of(squared, Metric.ORDINAL), 1e-9);
    }

    @Property
    void nominalAlphaIgnoresRelabelling(@ForAll("units") List<List<Integer>> units) {
        RatingTable<Integer> original = table(units);
        RatingTable<String> relabelled = original.map(v -> "category " + (6 - v));
        assertEquals(KrippendorffAlpha.nominal(original), KrippendorffAlpha.nominal(relabelled), 1e-9);
    }

    /** With complete data and m coders everywhere, 1 - alpha = (1 - Fleiss kappa) (n - 1) / n, n = m N. */
    @Property
    void completeNominalDataRelatesToFleissKappa(@ForAll @IntRange(min = 2, max = 5) int coders,
                                                 @ForAll("completeUnits") List<List<Integer>> units) {
        List<List<Integer>> trimmed = units.stream().map(u -> u.subList(0, coders)).toList();
        RatingTable<Integer> table = table(trimmed);
        double alpha = KrippendorffAlpha.nominal(table);
        double kappa = FleissKappa.of(table);
        Assume.that(!Double.isNaN(alpha));
        double n = (double) coders * trimmed.size();
        assertEquals(1 - alpha, (1 - kappa) * (n - 1) / n, 1e-9);
    }

    @Provide
    Arbitrary<List<List<Integer>>> completeUnits() {
        return Arbitraries.integers().between(1, 3).list().ofSize(5).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property
    void alphaNeverExceedsOne(@ForAll("units") List<List<Integer>> units) {
        for (Metric metric : Metric.values()) {
            double alpha = KrippendorffAlpha.of(table(units), metric);
            assertTrue(Double.isNaN(alpha) || alpha <= 1 + 1e-12, metric + " gave " + alpha);
        }
    }
}
