package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code judgements} list of a preference-jsonl record: each entry names its {@code annotator} and holds a pair
 * verdict ({@code pair: [i, j]}, {@code verdict: a|b|tie|both-bad}, optional {@code strength} 1..3) or a ranking
 * ({@code ranking: [[i], [j, k]]}, best first, ties grouped, optional {@code none_acceptable}), with indexes into
 * the record's candidates, plus optional {@code rationale}, {@code time_ms}, {@code shown} (indexes in display
 * order), {@code created_at} and {@code adjudication}.
 */
final class JudgementList {

    private JudgementList() {
    }

    /** The decisions of {@code row}'s {@code judgements} list; empty when it has none. */
    static List<PromptRecord.Verdict> read(JsonRow row, int candidates) {
        JsonNode list = row.node("judgements");
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof ArrayNode array)) {
            throw row.bad("'judgements' must be a list, found " + JsonRow.kind(list));
        }
        List<PromptRecord.Verdict> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(one(row, "judgement " + (i + 1), array.get(i), candidates));
        }
        return out;
    }

    private static PromptRecord.Verdict one(JsonRow row, String where, JsonNode j, int candidates) {
        if (!j.isObject()) {
            throw row.bad(where + " must be an object, found " + JsonRow.kind(j));
        }
        String annotator = text(row, where, j, "annotator");
        if (annotator == null || annotator.isBlank()) {
            throw row.bad(where + ": 'annotator' is missing");
        }
        if (annotator.strip().length() > 100) {
            throw row.bad(where + ": an annotator id has at most 100 characters");
        }
        boolean pair = present(j, "pair");
        if (pair == present(j, "ranking")) {
            throw row.bad(where + " needs either 'pair' with 'verdict' or 'ranking'");
        }
        List<List<Integer>> groups;
        boolean bothBad;
        Integer strength = null;
        if (pair) {
            List<Integer> p = indexes(row, where + " pair", j.get("pair"), candidates);
            if (p.size() != 2 || p.get(0).equals(p.get(1))) {
                throw row.bad(where + ": 'pair' must name two different candidates");
            }
            String verdict = text(row, where, j, "verdict");
            if (verdict == null) {
                throw row.bad(where + ": 'verdict' is missing (a, b, tie or both-bad)");
            }
            bothBad = verdict.equals("both-bad");
            groups = switch (verdict) {
                case "a" -> List.of(List.of(p.get(0)), List.of(p.get(1)));
                case "b" -> List.of(List.of(p.get(1)), List.of(p.get(0)));
                case "tie", "both-bad" -> List.of(p);
                default -> throw row.bad(where + ": 'verdict' must be a, b, tie or both-bad, found '" + verdict + "'");
            };
            if (present(j, "strength")) {
                JsonNode s = j.get("strength");
                if (!s.canConvertToExactIntegral() || s.asLong() < 1 || s.asLong() > 3) {
                    throw row.bad(where + ": 'strength' must be 1, 2 or 3, found " + s);
                }
                if (groups.size() != 2) {
                    throw row.bad(where + ": 'strength' says how strongly a or b won; a " + verdict + " has none");
                }
                strength = s.asInt();
            }
        } else {
            groups = ranking(row, where, j.get("ranking"), candidates);
            bothBad = bool(row, where, j, "none_acceptable");
        }
        List<Integer> shown = present(j, "shown") ? indexes(row, where + " shown", j.get("shown"), candidates) : null;
        Long time = null;
        if (present(j, "time_ms")) {
            JsonNode t = j.get("time_ms");
            if (!t.canConvertToExactIntegral() || !t.canConvertToLong() || t.asLong() < 0) {
                throw row.bad(where + ": 'time_ms' must be a whole number of milliseconds, found " + t);
            }
            time = t.asLong();
        }
        return new PromptRecord.Verdict(annotator.strip(), groups, bothBad, strength, text(row, where, j, "rationale"),
                time, shown, text(row, where, j, "created_at"), bool(row, where, j, "adjudication"));
    }

    private static List<List<Integer>> ranking(JsonRow row, String where, JsonNode v, int candidates) {
        if (!(v instanceof ArrayNode groups) || groups.isEmpty()) {
            throw row.bad(where + ": 'ranking' must be a list of groups of candidate indexes, best first");
        }
        List<List<Integer>> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (JsonNode g : groups) {
            List<Integer> group = indexes(row, where + " ranking", g, candidates);
            if (group.isEmpty()) {
                throw row.bad(where + ": 'ranking' has an empty group");
            }
            for (int i : group) {
                if (!seen.add(i)) {
                    throw row.bad(where + ": 'ranking' names candidate " + i + " twice");
                }
            }
            out.add(group);
        }
        if (seen.size() < 2) {
            throw row.bad(where + ": 'ranking' must rank at least two candidates");
        }
        return out;
    }

    private static List<Integer> indexes(JsonRow row, String where, JsonNode v, int candidates) {
        if (!(v instanceof ArrayNode list)) {
            throw row.bad(where + " must be a list of candidate indexes, found " + JsonRow.kind(v));
        }
        List<Integer> out = new ArrayList<>(list.size());
        for (JsonNode i : list) {
            if (!i.canConvertToExactIntegral() || i.asLong() < 0 || i.asLong() >= candidates) {
                throw row.bad(where + ": " + i + " is not an index into the " + candidates + " candidates (from 0)");
            }
            out.add(i.asInt());
        }
        return out;
    }

    private static boolean present(JsonNode j, String key) {
        return j.has(key) && !j.get(key).isNull();
    }

    private static String text(JsonRow row, String where, JsonNode j, String key) {
        if (!present(j, key)) {
            return null;
        }
        if (!j.get(key).isTextual()) {
            throw row.bad(where + ": '" + key + "' must be a string, found " + JsonRow.kind(j.get(key)));
        }
        return j.get(key).asText();
    }

    private static boolean bool(JsonRow row, String where, JsonNode j, String key) {
        if (!present(j, key)) {
            return false;
        }
        if (!j.get(key).isBoolean()) {
            throw row.bad(where + ": '" + key + "' must be true or false, found " + JsonRow.kind(j.get(key)));
        }
        return j.get(key).asBoolean();
    }
}
