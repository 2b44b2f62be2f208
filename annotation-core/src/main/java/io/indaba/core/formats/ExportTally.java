package io.indaba.core.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What a preference export wrote and left out, for the report and the dataset card. */
final class ExportTally {

    private final Map<String, Long> dropped = new LinkedHashMap<>();
    private final TreeSet<String> languages = new TreeSet<>();
    private long rows;
    private String lastPrompt;
    private String lastResponse;

    void row() {
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Counts one left-out decision, e.g. {@code drop("ties (no DPO form)")}. */
    void drop(String why) {
        drop(why, 1);
    }

    void drop(String why, long n) {
        if (n > 0) {
            dropped.merge(why, n, Long::sum);
        }
    }

    long dropped(String why) {
        return dropped.getOrDefault(why, 0L);
    }

    void language(String tag) {
        // called twice per block with the same few tags: the sorted set is only touched by a new one
        if (tag != null && !tag.equals(lastPrompt) && !tag.equals(lastResponse)) {
            languages.add(tag);
            lastResponse = lastPrompt;
            lastPrompt = tag;
        }
    }

    TreeSet<String> languages() {
        return languages;
    }

    List<String> notes() {
        List<String> out = new ArrayList<>();
        dropped.forEach((why, n) -> out.add("dropped " + n + " " + why));
        return out;
    }
}
