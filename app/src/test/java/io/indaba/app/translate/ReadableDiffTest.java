package io.indaba.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.indaba.core.translate.DiffOp;
import io.indaba.core.translate.DiffOp.Kind;
import io.indaba.core.translate.SourceDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableDiffTest {

    @Test
    void interleavedWordChangesBecomeOneRemovedAndOneAddedPhrase() {
        List<DiffOp> raw = SourceDiff.of("because _ was about to walk out into the rain.",
                "because _ was going to stay indoors all day.");
        assertEquals(List.of(new DiffOp(Kind.EQUAL, "because _ was "), new DiffOp(Kind.DELETE, "about"),
                new DiffOp(Kind.EQUAL, " "), new DiffOp(Kind.INSERT, "going"), new DiffOp(Kind.EQUAL, " to "),
                new DiffOp(Kind.DELETE, "walk out into the rain"), new DiffOp(Kind.EQUAL, " "),
                new DiffOp(Kind.INSERT, "stay indoors all day"), new DiffOp(Kind.EQUAL, ".")), ReadableDiff.of(raw));
    }

    @Test
    void theRegroupedDiffKeepsTheWordsOfBothTextsInOrder() {
        String old = "The bread went into the basket rather than the jar";
        String now = "The bread went into the jar rather than the big basket";
        List<DiffOp> ops = ReadableDiff.of(SourceDiff.of(old, now));
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (DiffOp op : ops) {
            if (op.kind() != Kind.INSERT) {
                before.append(op.text());
            }
            if (op.kind() != Kind.DELETE) {
                after.append(op.text());
            }
        }
        // Only the spacing may differ: a space separates a removed phrase from the added one for reading.
        assertEquals(List.of(old.split(" ")), List.of(before.toString().strip().split(" +")));
        assertEquals(List.of(now.split(" ")), List.of(after.toString().strip().split(" +")));
    }
}
