package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.prefer.Proficiency;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The provenance columns every preference row carries. Under the majority policy a row stands for several
 * judgements, so the per-judgement columns hold lists (one entry per agreeing judgement) and {@code aids_used} the
 * union of their aids.
 */
final class Provenance {

    static final List<Column> HEAD = List.of(
            new Column("item_id", "the prompt item's external id"),
            new Column("judgement_uid", "the judgement's stable id (a list under policy=majority)"),
            new Column("prompt_lang", "BCP-47 language of the prompt"),
            new Column("response_lang", "BCP-47 language of the judged responses"),
            new Column("annotator_id", "pseudonymous annotator id (a list under policy=majority)"),
            new Column("annotator_proficiency", "the annotator's proficiency in response_lang: native, fluent, "
                    + "working, basic, or null when not recorded (a list under policy=majority)"),
            new Column("guideline_version", "version of the guidelines the annotator worked under"));

    static final List<Column> TAIL = List.of(
            new Column("aids_used", "aids shown while judging, e.g. back-translation"),
            new Column("time_on_task_ms", "time the annotator spent on the item, in milliseconds"),
            new Column("item_agreement", "share of the judgements on this item, language and pair that agree with "
                    + "the majority decision (1.0 for a single judgement)"));

    private Provenance() {
    }

    static void head(JsonGenerator g, JudgementBlock block, List<Judgement> js, boolean majority) throws IOException {
        g.writeStringField("item_id", block.prompt().externalId());
        perJudgement(g, "judgement_uid", js, majority, Judgement::uid);
        g.writeStringField("prompt_lang", block.prompt().lang());
        g.writeStringField("response_lang", block.lang());
        perJudgement(g, "annotator_id", js, majority, Judgement::annotatorId);
        perJudgement(g, "annotator_proficiency", js, majority, j -> {
            Proficiency p = block.proficiency().get(j.annotatorId());
            return p == null ? null : p.code();
        });
        perJudgement(g, "guideline_version", js, majority, Judgement::guidelineVersion);
    }

    static void tail(JsonGenerator g, List<Judgement> js, boolean majority, double agreement) throws IOException {
        Set<String> aids = new LinkedHashSet<>();
        js.forEach(j -> aids.addAll(j.aids()));
        g.writeArrayFieldStart("aids_used");
        for (String a : aids) {
            g.writeString(a);
        }
        g.writeEndArray();
        perJudgement(g, "time_on_task_ms", js, majority, Judgement::timeOnTaskMs);
        g.writeNumberField("item_agreement", agreement);
    }

    /** One candidate's generator columns under {@code prefix}: model, backend, params, seed, origin. */
    static void candidate(JsonGenerator g, String prefix, JudgementBlock.Response r) throws IOException {
        g.writeStringField(prefix + "model", r.model());
        g.writeStringField(prefix + "backend", r.backend());
        g.writeFieldName(prefix + "params");
        // the store wrote this JSON object itself, so it passes through without a parse
        if (r.paramsJson() == null || r.paramsJson().isBlank()) {
            g.writeNull();
        } else {
            g.writeRawValue(r.paramsJson());
        }
        writeValue(g, prefix + "seed", r.seed());
        g.writeStringField(prefix + "origin", r.origin());
    }

    /** "left" or "right" when the judgement recorded where {@code candidateId} was shown, else null. */
    static String position(Judgement j, long candidateId) {
        Object left = j.display().get("left");
        Object right = j.display().get("right");
        if (left instanceof Number n && n.longValue() == candidateId) {
            return "left";
        }
        if (right instanceof Number n && n.longValue() == candidateId) {
            return "right";
        }
        return null;
    }

    static void perJudgement(JsonGenerator g, String name, List<Judgement> js, boolean majority,
                             Function<Judgement, Object> value) throws IOException {
        if (!majority) {
            writeValue(g, name, value.apply(js.get(0)));
            return;
        }
        g.writeArrayFieldStart(name);
        for (Judgement j : js) {
            writeValue(g, null, value.apply(j));
        }
        g.writeEndArray();
    }

    static void writeValue(JsonGenerator g, String name, Object v) throws IOException {
        if (name != null) {
            g.writeFieldName(name);
        }
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Double d -> g.writeNumber(d);
            case Boolean b -> g.writeBoolean(b);
            default -> g.writeObject(v);
        }
    }
}
