package io.indaba.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /** Krippendorff (2011), 4 observers x 12 units with missing values; '*' is null. */
    static RatingTable<Integer> published() {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        rows.put("A", row("1 2 3 3 2 1 4 1 2 * * *"));
        rows.put("B", row("1 2 3 3 2 2 4 1 2 5 * 3"));
        rows.put("C", row("* 3 3 3 2 3 4 2 2 5 1 *"));
        rows.put("D", row("1 2 3 3 2 4 4 1 2 5 1 *"));
        return RatingTable.fromCoderRows(rows);
    }

    private static List<Integer> row(String cells) {
        return Arrays.stream(cells.split(" ")).map(c -> c.equals("*") ? null : Integer.valueOf(c)).toList();
    }

    @Test
    void reproducesThePublishedNominalAlpha() {
        assertEquals(0.743, KrippendorffAlpha.of(published(), Metric.NOMINAL), 0.0005);
    }

    @Test
    void reproducesThePublishedOrdinalAlpha() {
        assertEquals(0.815, KrippendorffAlpha.of(published(), Metric.ORDINAL), 0.0005);
    }

    @Test
    void reproducesThePublishedIntervalAlpha() {
        assertEquals(0.849, KrippendorffAlpha.of(published(), Metric.INTERVAL), 0.0005);
    }

    @Test
    void reproducesThePublishedRatioAlpha() {
        assertEquals(0.797, KrippendorffAlpha.of(published(), Metric.RATIO), 0.0005);
    }

    @Test
    void nominalOnLabelsEqualsNominalOnTheirCodes() {
        RatingTable<String> labels = published().map(v -> "label-" + v);
        assertEquals(KrippendorffAlpha.of(published(), Metric.NOMINAL), KrippendorffAlpha.nominal(labels), 1e-12);
    }

    @Test
    void aUnitWithASingleValueChangesNothing() {
        RatingTable<Integer> published = published();
        RatingTable.Builder<Integer> builder = RatingTable.builder();
        for (String unit : published.units()) {
            published.ratingsOf(unit).forEach((coder, value) -> builder.add(unit, coder, value));
        }
        builder.add("lonely", "A", 5);
        assertEquals(KrippendorffAlpha.of(published(), Metric.INTERVAL),
                KrippendorffAlpha.of(builder.build(), Metric.INTERVAL), 1e-12);
    }

    @Test
    void isUndefinedWithoutVariation() {
        RatingTable<Integer> same = RatingTable.<Integer>builder()
                .add("1", "A", 2).add("1", "B", 2).add("2", "A", 2).add("2", "B", 2).build();
        assertTrue(Double.isNaN(KrippendorffAlpha.of(same, Metric.INTERVAL)));
        assertTrue(Double.isNaN(KrippendorffAlpha.nominal(RatingTable.builder().build())));
    }

    @Test
    void systematicDisagreementIsNegative() {
        RatingTable<Integer> opposite = RatingTable.<Integer>builder()
                .add("1", "A", 0).add("1", "B", 1).add("2", "A", 1).add("2", "B", 0).build();
        assertEquals(-0.5, KrippendorffAlpha.nominal(opposite), 1e-12); // 1 - (n-1) * 4 / 8 with n = 4
    }

    @Test
    void ratioRefusesNegativeValues() {
        RatingTable<Integer> negative = RatingTable.<Integer>builder().add("1", "A", -1).add("1", "B", 1).build();
        assertThrows(IllegalArgumentException.class, () -> KrippendorffAlpha.of(negative, Metric.RATIO));
    }
}
