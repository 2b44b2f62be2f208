package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

    // Column names as prebuilt UTF-8: written once per row, millions of times per export.
    private static final SerializedString ITEM_ID = new SerializedString("item_id");
    private static final SerializedString JUDGEMENT_UID = new SerializedString("judgement_uid");
    private static final SerializedString PROMPT_LANG = new SerializedString("prompt_lang");
    private static final SerializedString RESPONSE_LANG = new SerializedString("response_lang");
    private static final SerializedString ANNOTATOR_ID = new SerializedString("annotator_id");
    private static final SerializedString PROFICIENCY = new SerializedString("annotator_proficiency");
    private static final SerializedString GUIDELINE = new SerializedString("guideline_version");
    private static final SerializedString AIDS = new SerializedString("aids_used");
    private static final SerializedString TIME = new SerializedString("time_on_task_ms");
    private static final SerializedString AGREEMENT = new SerializedString("item_agreement");

    /** The generator columns of one candidate under a prefix ("chosen_", "rejected_" or none). */
    record CandidateColumns(SerializedString model, SerializedString backend, SerializedString params,
                            SerializedString seed, SerializedString origin) {
        static CandidateColumns prefixed(String prefix) {
            return new CandidateColumns(new SerializedString(prefix + "model"), new SerializedString(prefix + "backend"),
                    new SerializedString(prefix + "params"), new SerializedString(prefix + "seed"),
                    new SerializedString(prefix + "origin"));
        }
    }

    static final CandidateColumns CHOSEN = CandidateColumns.prefixed("chosen_");
    static final CandidateColumns REJECTED = CandidateColumns.prefixed("rejected_");
    static final CandidateColumns UNPREFIXED = CandidateColumns.prefixed("");

    static void head(JsonGenerator g, JudgementBlock block, List<Judgement> js, boolean majority) throws IOException {
        g.writeFieldName(ITEM_ID);
        g.writeString(block.prompt().externalId());
        perJudgement(g, JUDGEMENT_UID, js, majority, Judgement::uid);
        g.writeFieldName(PROMPT_LANG);
        g.writeString(block.prompt().lang());
        g.writeFieldName(RESPONSE_LANG);
        g.writeString(block.lang());
        perJudgement(g, ANNOTATOR_ID, js, majority, Judgement::annotatorId);
        perJudgement(g, PROFICIENCY, js, majority, j -> {
            Proficiency p = block.proficiency().get(j.annotatorId());
            return p == null ? null : p.code();
        });
        perJudgement(g, GUIDELINE, js, majority, Judgement::guidelineVersion);
    }

    static void tail(JsonGenerator g, List<Judgement> js, boolean majority, double agreement) throws IOException {
        g.writeFieldName(AIDS);
        g.writeStartArray();
        if (js.size() == 1) {
            for (String a : js.get(0).aids()) {
                g.writeString(a);
            }
        } else {
            Set<String> aids = new LinkedHashSet<>();
            js.forEach(j -> aids.addAll(j.aids()));
            for (String a : aids) {
                g.writeString(a);
            }
        }
        g.writeEndArray();
        perJudgement(g, TIME, js, majority, Judgement::timeOnTaskMs);
        g.writeFieldName(AGREEMENT);
        g.writeNumber(agreement);
    }

    /** One candidate's generator columns: model, backend, params, seed, origin. */
    static void candidate(JsonGenerator g, CandidateColumns columns, QuotedBlock quoted, JudgementBlock.Response r)
            throws IOException {
        g.writeFieldName(columns.model());
        g.writeString(r.model());
        g.writeFieldName(columns.backend());
        g.writeString(r.backend());
        g.writeFieldName(columns.params());
        quoted.params(g, r);
        writeValue(g, columns.seed(), r.seed());
        g.writeFieldName(columns.origin());
        g.writeString(r.origin());
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
        perJudgement(g, new SerializedString(name), js, majority, value);
    }

    static void perJudgement(JsonGenerator g, SerializedString name, List<Judgement> js, boolean majority,
                             Function<Judgement, Object> value) throws IOException {
        if (!majority) {
            writeValue(g, name, value.apply(js.get(0)));
            return;
        }
        g.writeFieldName(name);
        g.writeStartArray();
        for (Judgement j : js) {
            writeValue(g, (SerializedString) null, value.apply(j));
        }
        g.writeEndArray();
    }

    static void writeValue(JsonGenerator g, String name, Object v) throws IOException {
        writeValue(g, name == null ? null : new SerializedString(name), v);
    }

    static void writeValue(JsonGenerator g, SerializedString name, Object v) throws IOException {
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

    /** A response's imported score and per-aspect ratings under a prefix; null when it came without them. */
    static void scores(JsonGenerator g, String prefix, JudgementBlock.Response r) throws IOException {
        writeValue(g, prefix + "score", r.score());
        writeValue(g, prefix + "ratings", r.ratings().isEmpty() ? null : r.ratings());
    }
}
