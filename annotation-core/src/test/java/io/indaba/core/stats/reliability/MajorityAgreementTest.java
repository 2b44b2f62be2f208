package io.indaba.core.stats.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.stats.agreement.RatingTable;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MajorityAgreementTest {

    @Test
    void comparesEachAnnotatorWithTheMajorityOfTheOthers() {
        RatingTable<String> table = RatingTable.<String>builder()
                .add("u1", "a", "A").add("u1", "b", "A").add("u1", "c", "B")
                .add("u2", "a", "B").add("u2", "b", "A").add("u2", "c", "A")
                .add("u3", "a", "A")
                .build();
        Map<String, Proportion> result = MajorityAgreement.of(table);
        // a: u1 others {A, B} no majority; u2 others {A, A} -> disagrees; u3 alone
        assertEquals(Proportion.of(0, 1), result.get("a"));
        // b: u1 others {A, B} none; u2 others {B, A} none
        assertEquals(Proportion.of(0, 0), result.get("b"));
        // c: u1 others {A, A} -> disagrees; u2 others {B, A} none
        assertEquals(Proportion.of(0, 1), result.get("c"));
    }

    @Test
    void withTwoAnnotatorsItIsPairwiseAgreement() {
        RatingTable<Integer> table = RatingTable.<Integer>builder()
                .add("u1", "a", 1).add("u1", "b", 1)
                .add("u2", "a", 1).add("u2", "b", 2)
                .add("u3", "a", 2).add("u3", "b", 2)
                .build();
        Map<String, Proportion> result = MajorityAgreement.of(table);
        assertEquals(Proportion.of(2, 3), result.get("a"));
        assertEquals(Proportion.of(2, 3), result.get("b"));
    }

    @Test
    void aClearMajorityCountsAgreement() {
        RatingTable<String> table = RatingTable.<String>builder()
                .add("u", "a", "A").add("u", "b", "A").add("u", "c", "A").add("u", "d", "B")
                .build();
        Map<String, Proportion> result = MajorityAgreement.of(table);
        assertEquals(Proportion.of(1, 1), result.get("a"));
        assertEquals(Proportion.of(0, 1), result.get("d"));
    }
}
