package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.prefer.Policy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indaba's own preference JSONL, in exactly the shape {@link PreferenceJsonlImporter} reads: one line per item and
 * language with the prompt (text, or the stored conversation), the candidates and every judgement by its annotator,
 * so a project's judgements survive a round trip into another project. The policy flag does not apply: every
 * judgement is written as it was made.
 */
public final class PreferenceJsonlExporter extends PreferenceExporter {

    @Override
    public String id() {
        return "preference-jsonl";
    }

    @Override
    public String description() {
        return "Indaba preference JSONL: prompt, candidates and every judgement by annotator (imports back as is)";
    }

    @Override
    List<Column> columns(ExportOptions options) {
        return List.of(
                new Column("id", "the prompt item's external id"),
                new Column("prompt", "the prompt text, or the conversation before the answer as messages"),
                new Column("lang", "BCP-47 language of the prompt"),
                new Column("candidates", "the responses: text, lang, model, backend, params, seed"),
                new Column("judgements", "each judgement: annotator; pair + verdict (a, b, tie, both-bad) + strength "
                        + "1..3, or ranking (groups of candidate indexes, best first); shown, rationale, time_ms, "
                        + "created_at, adjudication"));
    }

    @Override
    Rows<Void> rows(ExportOptions options, Policy policy) {
        return new Rows<>() {
            @Override
            public Void prepare(JudgementBlock block) {
                return null;
            }

            @Override
            public void block(QuotedBlock quoted, Void prepared, JsonGenerator g, ExportTally tally)
                    throws IOException {
                JudgementBlock block = quoted.block();
                List<JudgementBlock.Response> rs = new ArrayList<>(block.candidates().values());
                rs.sort(java.util.Comparator.comparingLong(JudgementBlock.Response::id));
                Map<Long, Integer> index = new HashMap<>();
                rs.forEach(r -> index.put(r.id(), index.size()));
                g.writeStartObject();
                g.writeStringField("id", block.prompt().externalId());
                g.writeFieldName("prompt");
                if (block.prompt().messagesJson() != null) {
                    g.writeStartArray();
                    PromptMessages.write(g, PromptMessages.of(block.prompt()));
                    g.writeEndArray();
                } else {
                    quoted.prompt(g);
                }
                g.writeStringField("lang", block.prompt().lang());
                g.writeArrayFieldStart("candidates");
                for (JudgementBlock.Response r : rs) {
                    g.writeStartObject();
                    g.writeFieldName("text");
                    quoted.text(g, r);
                    g.writeStringField("lang", r.lang());
                    g.writeStringField("model", r.model());
                    g.writeStringField("backend", r.backend());
                    g.writeFieldName("params");
                    quoted.params(g, r);
                    if (r.seed() != null) {
                        g.writeNumberField("seed", r.seed());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("judgements");
                for (Judgement j : block.judgements()) {
                    if (!JudgementEntry.write(g, j, index)) {
                        tally.drop(PairExporter.MISSING.replace("decisions", "judgements"));
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
                tally.row();
            }
        };
    }
}
