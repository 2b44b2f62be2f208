package io.indaba.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RatingTableTest {

    @Test
    void refusesASecondValueFromTheSameCoder() {
        RatingTable.Builder<String> builder = RatingTable.<String>builder().add("u", "a", "x");
        assertThrows(IllegalArgumentException.class, () -> builder.add("u", "a", "y"));
    }

    @Test
    void coderRowsSkipMissingCellsAndNameUnitsByColumn() {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        rows.put("A", Arrays.asList(1, null, 3));
        rows.put("B", Arrays.asList(null, null, 4));
        RatingTable<Integer> table = RatingTable.fromCoderRows(rows);
        assertEquals(Set.of("1", "3"), table.units());
        assertEquals(Map.of("A", 3, "B", 4), table.ratingsOf("3"));
        assertEquals(Set.of("A", "B"), table.coders());
    }

    @Test
    void filterDropsUnitsLeftEmpty() {
        RatingTable<String> table = RatingTable.<String>builder()
                .add("u1", "a", "tie").add("u2", "a", "x").add("u2", "b", "tie").build();
        RatingTable<String> decisive = table.filter(v -> !v.equals("tie"));
        assertEquals(Set.of("u2"), decisive.units());
        assertEquals(Map.of("a", "x"), decisive.ratingsOf("u2"));
    }
}
