package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.prefer.Judgement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One judgement as an entry of a preference-jsonl {@code judgements} list (the shape {@link JudgementList} reads). */
final class JudgementEntry {

    private JudgementEntry() {
    }

    /** Writes {@code j} with candidate ids turned into indexes; false (and nothing written) when one is not there. */
    static boolean write(JsonGenerator g, Judgement j, Map<Long, Integer> index) throws IOException {
        boolean pair = "pairwise".equals(j.kind());
        if (pair && (j.candidateA() == null || j.candidateB() == null || j.winner() == null
                || !index.containsKey(j.candidateA()) || !index.containsKey(j.candidateB()))) {
            return false;
        }
        if (!pair && (j.ranking().isEmpty()
                || !j.ranking().stream().flatMap(List::stream).allMatch(index::containsKey))) {
            return false;
        }
        g.writeStartObject();
        g.writeStringField("annotator", j.annotatorId());
        List<Long> shown;
        if (pair) {
            g.writeArrayFieldStart("pair");
            g.writeNumber(index.get(j.candidateA()));
            g.writeNumber(index.get(j.candidateB()));
            g.writeEndArray();
            String verdict = j.winner().toLowerCase(Locale.ROOT);
            g.writeStringField("verdict", verdict);
            if ((verdict.equals("a") || verdict.equals("b")) && j.strength() != null && j.strength() != 0) {
                // stored signed (positive favours A); the file holds how strongly the winner won
                g.writeNumberField("strength", Math.min(3, Math.abs(j.strength())));
            }
            shown = ids(j.display().get("left"), j.display().get("right"));
        } else {
            g.writeArrayFieldStart("ranking");
            for (List<Long> group : j.ranking()) {
                g.writeStartArray();
                for (long id : group) {
                    g.writeNumber(index.get(id));
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            if (j.noneAcceptable()) {
                g.writeBooleanField("none_acceptable", true);
            }
            shown = j.display().get("order") instanceof List<?> order ? ids(order.toArray()) : null;
        }
        if (shown != null && shown.stream().allMatch(index::containsKey)) {
            g.writeArrayFieldStart("shown");
            for (long id : shown) {
                g.writeNumber(index.get(id));
            }
            g.writeEndArray();
        }
        if (j.rationale() != null) {
            g.writeStringField("rationale", j.rationale());
        }
        if (j.timeOnTaskMs() != null) {
            g.writeNumberField("time_ms", j.timeOnTaskMs());
        }
        if (j.createdAt() != null) {
            g.writeStringField("created_at", j.createdAt());
        }
        if (j.adjudication()) {
            g.writeBooleanField("adjudication", true);
        }
        g.writeEndObject();
        return true;
    }

    /** Candidate ids as the display map stored them (numbers, or their text); null when one is missing. */
    private static List<Long> ids(Object... values) {
        List<Long> out = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v instanceof Number n) {
                out.add(n.longValue());
            } else if (v instanceof String s && s.strip().matches("\\d{1,18}")) {
                out.add(Long.parseLong(s.strip()));
            } else {
                return null;
            }
        }
        return out;
    }
}
