package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.prefer.Policy;
import io.indaba.core.prefer.RankingRow;
import io.indaba.core.prefer.Rankings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Full rankings with ties: {@code responses} (texts, in candidate order) and {@code ranking}, groups of indices into
 * them from best to worst, one row per judgement (a pairwise judgement is a ranking of two) or, under the majority
 * policy, one per item, language and candidate set. Ties and both-bad are kept: they are information here. A prompt
 * that is a conversation keeps it in {@code prompt_messages} ({@code prompt} holds its last user turn, as shown).
 */
public final class RankingsExporter extends PreferenceExporter {

    @Override
    public String id() {
        return "rankings";
    }

    @Override
    public String description() {
        return "full rankings with ties: responses + ranking as groups of indices, best first";
    }

    @Override
    List<Column> columns(ExportOptions options) {
        List<Column> out = new ArrayList<>(List.of(
                new Column("prompt", "the prompt text (of a conversation, its last user turn)"),
                new Column("prompt_messages", "the whole conversation before the answer as messages (system prompt "
                        + "and earlier turns), or null when the prompt is plain text"),
                new Column("responses", "the ranked responses' texts, in candidate order"),
                new Column("ranking", "groups of indices into responses, best first; a group of several is a tie"),
                new Column("none_acceptable", "true when the annotator judged every response unacceptable")));
        out.addAll(Provenance.HEAD);
        out.addAll(List.of(
                new Column("models", "model of each response"),
                new Column("backends", "inference back-end of each response"),
                new Column("params", "sampling parameters of each response"),
                new Column("seeds", "sampling seed of each response"),
                new Column("origins", "origin of each response: imported, generated or human-edited"),
                new Column("displayed_order", "indices into responses in the order they were shown, or null "
                        + "(a list under policy=majority)")));
        out.addAll(Provenance.TAIL);
        return out;
    }

    @Override
    Rows<List<RankingRow>> rows(ExportOptions options, Policy policy) {
        boolean majority = policy == Policy.MAJORITY;
        Rankings rankings = new Rankings();
        return new Rows<>() {
            @Override
            public List<RankingRow> prepare(JudgementBlock block) {
                return rankings.of(block, policy);
            }

            @Override
            public void block(QuotedBlock quoted, List<RankingRow> prepared, JsonGenerator g, ExportTally tally)
                    throws IOException {
                JudgementBlock block = quoted.block();
                List<Map<String, Object>> messages = PromptMessages.multiTurn(block.prompt())
                        ? PromptMessages.of(block.prompt()) : null;
                for (RankingRow row : prepared) {
                    List<JudgementBlock.Response> rs = new ArrayList<>();
                    for (long id : row.responses()) {
                        rs.add(block.candidates().get(id));
                    }
                    if (rs.contains(null)) {
                        tally.drop(PairExporter.MISSING);
                        continue;
                    }
                    g.writeStartObject();
                    g.writeFieldName("prompt");
                    quoted.prompt(g);
                    g.writeFieldName("prompt_messages");
                    if (messages == null) {
                        g.writeNull();
                    } else {
                        g.writeStartArray();
                        PromptMessages.write(g, messages);
                        g.writeEndArray();
                    }
                    g.writeArrayFieldStart("responses");
                    for (JudgementBlock.Response r : rs) {
                        quoted.text(g, r);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("ranking");
                    for (List<Integer> group : row.ranking()) {
                        g.writeStartArray();
                        for (int i : group) {
                            g.writeNumber(i);
                        }
                        g.writeEndArray();
                    }
                    g.writeEndArray();
                    g.writeBooleanField("none_acceptable", row.noneAcceptable());
                    Provenance.head(g, block, row.judgements(), majority);
                    g.writeArrayFieldStart("models");
                    rs.forEach(r -> write(g, r.model()));
                    g.writeEndArray();
                    g.writeArrayFieldStart("backends");
                    rs.forEach(r -> write(g, r.backend()));
                    g.writeEndArray();
                    g.writeArrayFieldStart("params");
                    for (JudgementBlock.Response r : rs) {
                        quoted.params(g, r);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("seeds");
                    for (JudgementBlock.Response r : rs) {
                        Provenance.writeValue(g, (String) null, r.seed());
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("origins");
                    rs.forEach(r -> write(g, r.origin()));
                    g.writeEndArray();
                    Provenance.perJudgement(g, "displayed_order", row.judgements(), majority,
                            (Judgement j) -> displayed(j, row.responses()));
                    Provenance.tail(g, row.judgements(), majority, row.agreement());
                    g.writeEndObject();
                    g.writeRaw('\n');
                    tally.row();
                }
            }

            @Override
            public void finish(ExportTally tally) {
                tally.drop("candidate sets without a majority ranking (policy=majority)", rankings.noMajority());
            }
        };
    }

    private static void write(JsonGenerator g, String text) {
        try {
            g.writeString(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Indices into {@code responses} in screen order: from {@code display.order}, or left then right. */
    static List<Integer> displayed(Judgement j, List<Long> responses) {
        List<Object> shown = new ArrayList<>();
        if (j.display().get("order") instanceof List<?> order) {
            shown.addAll(order);
        } else if (j.display().containsKey("left") && j.display().containsKey("right")) {
            shown.add(j.display().get("left"));
            shown.add(j.display().get("right"));
        }
        List<Integer> out = new ArrayList<>();
        for (Object o : shown) {
            int i = o instanceof Number n ? responses.indexOf(n.longValue()) : -1;
            if (i < 0) {
                return null;
            }
            out.add(i);
        }
        return out.isEmpty() ? null : out;
    }
}
