package io.indaba.core.prefer;

import io.indaba.core.item.Item;
import java.util.List;

/**
 * One task in an annotator's queue: a prompt item, the language of the responses to judge, and its candidates in
 * the order this annotator sees them (shuffled with {@code orderSeed}, recorded with the judgement).
 */
public record QueueEntry(Item item, String lang, List<Candidate> displayed, long orderSeed, boolean gold) {
    public QueueEntry {
        displayed = List.copyOf(displayed);
    }
}
