package io.indaba.core.prefer;

import io.indaba.core.project.Project;
import io.indaba.core.store.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams a project's judgements one (item, language) block at a time in item order, reading each prompt and its
 * candidates once per block. One ordered pass over the judgement index; memory holds one block, never the project.
 */
public final class JudgementBlocks {

    private static final String COLUMNS = "id, uid, item_id, annotator_id, lang, kind, candidate_a, candidate_b, "
            + "winner, strength, ranking, none_acceptable, display, ratings, flags, rationale, aids, time_on_task_ms, "
            + "guideline_version, adjudication, created_at";

    private JudgementBlocks() {
    }

    /** Calls {@code action} for every block, optionally only of judgements in {@code lang}. */
    public static void forEach(Project project, String lang, Consumer<JudgementBlock> action) {
        Map<String, Map<String, Proficiency>> profiles = new HashMap<>();
        for (Annotator a : project.annotators().all()) {
            profiles.put(a.id(), a.languages());
        }
        project.database().read(c -> {
            // (item_id, lang, id) is the order of the judgement_item index, so SQLite streams without sorting
            String sql = "SELECT " + COLUMNS + " FROM judgement" + (lang == null ? "" : " WHERE lang = ?")
                    + " ORDER BY item_id, lang, id";
            try (PreparedStatement ps = c.prepareStatement(sql);
                 PreparedStatement item = c.prepareStatement("SELECT external_id, fields, meta, source_lang FROM item WHERE id = ?");
                 PreparedStatement cands = c.prepareStatement("SELECT id, body, lang_requested, lang_detected, model, "
                         + "backend, params, seed, origin FROM candidate WHERE item_id = ? ORDER BY id")) {
                if (lang != null) {
                    ps.setString(1, lang);
                }
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Judgement> pending = new ArrayList<>();
                    while (rs.next()) {
                        Judgement j = Judgements.read(rs);
                        if (!pending.isEmpty() && (pending.get(0).itemId() != j.itemId()
                                || !pending.get(0).lang().equals(j.lang()))) {
                            action.accept(block(item, cands, pending, profiles));
                            pending = new ArrayList<>();
                        }
                        pending.add(j);
                    }
                    if (!pending.isEmpty()) {
                        action.accept(block(item, cands, pending, profiles));
                    }
                }
            }
            return null;
        });
    }

    private static JudgementBlock block(PreparedStatement item, PreparedStatement cands, List<Judgement> js,
                                        Map<String, Map<String, Proficiency>> profiles) throws SQLException {
        long itemId = js.get(0).itemId();
        String lang = js.get(0).lang();
        JudgementBlock.Prompt prompt = prompt(item, itemId);
        Map<Long, JudgementBlock.Response> responses = new HashMap<>();
        cands.setLong(1, itemId);
        try (ResultSet rs = cands.executeQuery()) {
            while (rs.next()) {
                long seed = rs.getLong(8);
                Long seedValue = rs.wasNull() ? null : seed;
                String requested = rs.getString(3);
                responses.put(rs.getLong(1), new JudgementBlock.Response(rs.getLong(1), rs.getString(2),
                        requested != null ? requested : rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), seedValue, rs.getString(9)));
            }
        }
        Map<String, Proficiency> proficiency = new HashMap<>();
        for (Judgement j : js) {
            Map<String, Proficiency> langs = profiles.get(j.annotatorId());
            if (langs != null && langs.get(lang) != null) {
                proficiency.put(j.annotatorId(), langs.get(lang));
            }
        }
        return new JudgementBlock(prompt, lang, List.copyOf(js), responses, proficiency);
    }

    private static JudgementBlock.Prompt prompt(PreparedStatement item, long itemId) throws SQLException {
        item.setLong(1, itemId);
        try (ResultSet rs = item.executeQuery()) {
            if (!rs.next()) {
                throw new io.indaba.core.store.StoreException("judgement refers to missing item " + itemId);
            }
            Map<String, String> fields = Json.stringMap(rs.getString(2));
            Map<String, String> meta = Json.stringMap(rs.getString(3));
            String text = fields.getOrDefault("prompt", String.join("\n\n", fields.values()));
            return new JudgementBlock.Prompt(itemId, rs.getString(1), text, meta.get("messages"),
                    meta.getOrDefault("lang", rs.getString(4)));
        }
    }
}
