package io.indaba.core.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.indaba.core.store.Database;
import io.indaba.core.store.Json;
import io.indaba.plugin.ChatMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The samples a job still has to make: for every prompt item and model, enough to bring the candidates in the
 * requested language up to K. Candidates imported for that model count; generated ones keep their sample index, so
 * the same sample is never asked for twice.
 */
final class PromptSamples {

    private PromptSamples() {
    }

    static List<Sample> missing(Database db, JobSettings settings) {
        return db.read(c -> missing(c, settings));
    }

    private static List<Sample> missing(Connection c, JobSettings s) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> taken = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, model, lang_requested, external_id, origin "
                + "FROM candidate");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getLong(1) + "\0" + rs.getString(2) + "\0" + rs.getString(3);
                counts.merge(key, 1, Integer::sum);
                if ("generated".equals(rs.getString(5))) {
                    taken.add(rs.getLong(1) + "\0" + rs.getString(4));
                }
            }
        }
        List<Sample> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, external_id, fields, meta, source_lang FROM item "
                + "WHERE kind = 'prompt' ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Map<String, String> meta = Json.stringMap(rs.getString(4));
                String lang = s.responseLang() != null ? s.responseLang() : meta.getOrDefault("lang", rs.getString(5));
                List<ChatMessage> messages = messages(Json.stringMap(rs.getString(3)), meta, s, lang, rs.getString(2));
                for (String model : s.models()) {
                    int need = s.candidates() - counts.getOrDefault(id + "\0" + model + "\0" + lang, 0);
                    for (int i = 0; need > 0; i++) {
                        if (taken.add(id + "\0" + Sample.key(model, lang, i))) {
                            out.add(new Sample(id, rs.getString(2), messages, model, lang, i));
                            need--;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The conversation before the answer, with the job's system prompt and language instruction in front. */
    static List<ChatMessage> messages(Map<String, String> fields, Map<String, String> meta, JobSettings s, String lang,
                                      String itemId) {
        List<ChatMessage> turns = new ArrayList<>();
        String stored = meta.get("messages");
        if (stored != null) {
            try {
                for (JsonNode m : Json.MAPPER.readTree(stored)) {
                    turns.add(new ChatMessage(m.path("role").asText("user"), m.path("content").asText("")));
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("prompt " + itemId + " has damaged messages: " + e.getMessage());
            }
        }
        if (turns.isEmpty()) {
            turns.add(new ChatMessage("user", fields.getOrDefault("prompt", String.join("\n\n", fields.values()))));
        }
        String system = system(s, lang);
        if (system != null) {
            turns.removeIf(m -> m.role().equals("system"));
            turns.add(0, new ChatMessage("system", system));
        }
        return List.copyOf(turns);
    }

    /** The system prompt sent: the user's, then "Answer in Amharic." when a response language was asked for. */
    static String system(JobSettings s, String lang) {
        String instruction = s.responseLang() == null ? null
                : "Answer in " + Locale.forLanguageTag(lang).getDisplayName(Locale.ENGLISH) + ".";
        if (s.systemPrompt() == null || s.systemPrompt().isBlank()) {
            return instruction;
        }
        return instruction == null ? s.systemPrompt() : s.systemPrompt().strip() + "\n\n" + instruction;
    }
}
