package io.indaba.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The index finds what a full scan finds, and replaces or drops a segment by key. */
class SegmentIndexTest {

    @Test
    void nearDuplicatesAreFoundWithTheSamePercentageAsAFullScan() {
        SyntheticSentences text = new SyntheticSentences(7, 2_000);
        List<String> corpus = text.corpus(5_000);
        SegmentIndex index = new SegmentIndex();
        for (int i = 0; i < corpus.size(); i++) {
            index.put(segment(i + 1, corpus.get(i)));
        }
        assertEquals(corpus.size(), index.size());
        List<MatchText> all = corpus.stream().map(MatchText::of).toList();
        for (int q = 0; q < 60; q++) {
            String query = text.nearDuplicate(corpus.get(text.nextInt(corpus.size())));
            MatchText mq = MatchText.of(query);
            BitVectorDistance scan = new BitVectorDistance(mq.graphemes());
            int best = all.stream().mapToInt(s -> Similarity.fromDistance(scan.distance(s.graphemes()),
                    Math.max(mq.length(), s.length()))).max().orElseThrow();
            List<SegmentIndex.Scored> found = index.search(mq, 50, 5, s -> false);
            assertTrue(best < 50 || (!found.isEmpty() && found.get(0).percentage() == best),
                    () -> query + ": full scan " + best + ", index " + found);
        }
    }

    @Test
    void aSegmentIsReplacedByKeyAndCanBeExcludedOrRemoved() {
        SegmentIndex index = new SegmentIndex();
        index.put(segment(1, "The virus replicates in the nucleus."));
        index.put(segment(1, "The virus replicates in the cytoplasm."));
        index.put(segment(2, "   "));
        assertEquals(1, index.size());
        MatchText query = MatchText.of("The virus replicates in the cytoplasm.");
        assertEquals(100, index.search(query, 50, 5, s -> false).get(0).percentage());
        assertTrue(index.search(query, 50, 5, s -> s.key().entryId() == 1).isEmpty());
        index.remove(MemorySegment.Key.ofEntry(1));
        assertTrue(index.search(query, 0, 5, s -> false).isEmpty());
        assertEquals(0, index.size());
    }

    private static MemorySegment segment(long id, String source) {
        return MemorySegment.ofEntry(MemoryEntry.of("en", "am", source, "t" + id, "test", null).withId(id));
    }
}
