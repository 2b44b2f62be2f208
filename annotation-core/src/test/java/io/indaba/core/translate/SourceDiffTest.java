package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;

/** The word diff shown under a suggestion. */
class SourceDiffTest {

    @Example
    void marksTheChangedWords() {
        List<DiffOp> diff = SourceDiff.of("Which virus causes measles?", "Which virus causes mumps?");
        assertEquals(List.of(new DiffOp(DiffOp.Kind.EQUAL, "Which virus causes "),
                new DiffOp(DiffOp.Kind.INSERT, "mumps"), new DiffOp(DiffOp.Kind.DELETE, "measles"),
                new DiffOp(DiffOp.Kind.EQUAL, "?")), diff);
    }

    @Example
    void caseAndSpacingAreNotDifferences() {
        assertEquals(List.of(new DiffOp(DiffOp.Kind.EQUAL, "The  Cell wall")), SourceDiff.of("The  Cell wall", "the cell wall"));
    }

    @Example
    void emptySides() {
        assertEquals(List.of(new DiffOp(DiffOp.Kind.INSERT, "new text")), SourceDiff.of("", "new text"));
        assertEquals(List.of(new DiffOp(DiffOp.Kind.DELETE, "old")), SourceDiff.of("old", ""));
    }

    @Property
    void equalAndDeletedRunsSpellTheMatchSourceAndEqualAndInsertedTheCurrent(
            @ForAll @CharRange(from = ' ', to = 'z') String match, @ForAll @CharRange(from = ' ', to = 'z') String current) {
        List<DiffOp> diff = SourceDiff.of(match, current);
        assertEquals(match, join(diff, DiffOp.Kind.DELETE));
        assertEquals(MatchText.normalise(current), MatchText.normalise(join(diff, DiffOp.Kind.INSERT)));
    }

    private static String join(List<DiffOp> diff, DiffOp.Kind side) {
        return diff.stream().filter(d -> d.kind() == DiffOp.Kind.EQUAL || d.kind() == side).map(DiffOp::text)
                .collect(Collectors.joining());
    }
}
