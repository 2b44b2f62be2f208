package io.indaba.core.cli;

import io.indaba.core.base.BadRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Many skipped rows as counts per reason, each with its first line, most frequent first (--json lists every row). */
final class SkipReasons {

    private SkipReasons() {
    }

    static List<String> of(List<BadRow> skipped) {
        Map<String, List<BadRow>> byReason = new LinkedHashMap<>();
        for (BadRow b : skipped) {
            byReason.computeIfAbsent(kind(b.reason()), k -> new ArrayList<>()).add(b);
        }
        List<String> out = new ArrayList<>();
        byReason.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
                .forEach(e -> out.add(String.format("%,d rows: %s (first: %s:%d)", e.getValue().size(), e.getKey(),
                        e.getValue().get(0).file().getFileName(), e.getValue().get(0).line())));
        out.add("(--json lists every skipped row)");
        return out;
    }

    /** The reason without the row's own details: what comes after a colon or ", found" differs from row to row. */
    static String kind(String reason) {
        int cut = reason.length();
        for (String mark : List.of(": ", ", found ")) {
            int at = reason.indexOf(mark);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return reason.substring(0, cut);
    }
}
