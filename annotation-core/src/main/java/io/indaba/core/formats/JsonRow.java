package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.base.BadInputException;
import io.indaba.core.base.LanguageTags;
import io.indaba.core.store.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One input record with typed, checked access to its columns; every problem becomes a {@link BadInputException}. */
final class JsonRow {

    /** One chat message. */
    record Message(String role, String content) {
        Map<String, String> asMap() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("role", role);
            m.put("content", content);
            return m;
        }
    }

    private final Path file;
    private final long line;
    private final ObjectNode object;

    JsonRow(Path file, long line, ObjectNode object) {
        this.file = file;
        this.line = line;
        this.object = object;
    }

    long line() {
        return line;
    }

    ObjectNode object() {
        return object;
    }

    boolean has(String key) {
        JsonNode v = object.get(key);
        return v != null && !v.isNull();
    }

    JsonNode node(String key) {
        JsonNode v = object.get(key);
        return v == null || v.isNull() ? null : v;
    }

    /** The first of {@code keys} present, or null. */
    String firstPresent(String... keys) {
        for (String k : keys) {
            if (has(k)) {
                return k;
            }
        }
        return null;
    }

    BadInputException bad(String reason) {
        return new BadInputException(file, line, reason);
    }

    /** A string (numbers are accepted as their text, e.g. an id), or null when absent. */
    String text(String key) {
        JsonNode v = node(key);
        if (v == null) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            return v.asText();
        }
        throw bad("'" + key + "' must be a string, found " + kind(v));
    }

    /** A string that must be there and not be blank. */
    String requiredText(String key) {
        String v = text(key);
        if (v == null) {
            throw bad("'" + key + "' is missing");
        }
        if (v.isBlank()) {
            throw bad("'" + key + "' is empty");
        }
        return v;
    }

    /** A BCP-47 tag in canonical form, or null when absent. */
    String lang(String key) {
        String v = text(key);
        return v == null ? null : lang(key, v);
    }

    String lang(String key, String value) {
        try {
            return LanguageTags.validate(value);
        } catch (IllegalArgumentException e) {
            throw bad("'" + key + "': " + e.getMessage());
        }
    }

    /** A whole number, or null when absent. */
    Long integer(String key) {
        JsonNode v = node(key);
        if (v == null) {
            return null;
        }
        if (v.canConvertToExactIntegral() && v.canConvertToLong()) {
            return v.asLong();
        }
        throw bad("'" + key + "' must be a whole number, found " + kind(v));
    }

    /** A number, or null when absent. */
    Double number(JsonNode v, String what) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        throw bad(what + " must be a number, found " + kind(v));
    }

    /**
     * A list of chat messages: {@code role} and {@code content} (OpenAI), or {@code from} and {@code value}
     * (ShareGPT: human, gpt and system become user, assistant and system); content is a string or a list of
     * {@code {type: "text", text}} parts. Turns are kept as they are: two turns of one role stay two turns.
     */
    List<Message> messages(String key, JsonNode v) {
        if (!(v instanceof ArrayNode array)) {
            throw bad("'" + key + "' must be a list of messages, found " + kind(v));
        }
        List<Message> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(message("'" + key + "' message " + (i + 1), array.get(i)));
        }
        return out;
    }

    /** One chat message in any of the shapes {@link #messages} reads. */
    Message message(String where, JsonNode m) {
        if (m == null || !m.isObject()) {
            throw bad(where + " must be an object with role and content");
        }
        boolean shareGpt = !m.has("role") && m.has("from");
        JsonNode role = m.get(shareGpt ? "from" : "role");
        JsonNode content = m.get(shareGpt ? "value" : "content");
        if (role == null || !role.isTextual() || role.asText().isBlank()) {
            throw bad(where + " has no role");
        }
        String r = role.asText();
        if (shareGpt) {
            r = switch (r) {
                case "human", "user" -> "user";
                case "gpt", "assistant", "chatgpt", "bard", "bing" -> "assistant";
                default -> r;
            };
        }
        return new Message(r, contentText(where, content));
    }

    /** Message content: a string, or text parts joined by a newline (chat APIs' content-part lists). */
    private String contentText(String where, JsonNode content) {
        if (content != null && content.isTextual()) {
            return content.asText();
        }
        if (!(content instanceof ArrayNode parts)) {
            throw bad(where + " needs text content");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            JsonNode part = parts.get(i);
            JsonNode type = part.get("type");
            JsonNode t = part.get("text");
            if (part.isTextual()) {
                t = part;
            } else if (type != null && !"text".equals(type.asText())) {
                throw bad(where + " part " + (i + 1) + " is '" + type.asText() + "': only text parts can be imported");
            }
            if (t == null || !t.isTextual()) {
                throw bad(where + " part " + (i + 1) + " has no text");
            }
            text.append(i == 0 ? "" : "\n").append(t.asText());
        }
        return text.toString();
    }

    /** Any JSON value as a plain Java value (map, list, string, number, boolean) for candidate metadata. */
    static Object plain(JsonNode v) {
        return Json.MAPPER.convertValue(v, Object.class);
    }

    /** Any JSON value as item metadata text: strings as they are, everything else as JSON. */
    static String metaText(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }

    static String kind(JsonNode v) {
        return v == null ? "nothing" : v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** The text of a conversation a person reads as "the prompt": its last user turn, else its last turn. */
    static String promptText(List<Message> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role())) {
                return messages.get(i).content();
            }
        }
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).content();
    }

    static String messagesJson(List<Message> messages) {
        return Json.write(messages.stream().map(Message::asMap).toList());
    }

    /**
     * A response given as a string or as an object: its text under the first of {@code textKeys}, {@code lang},
     * {@code model}, {@code backend}, {@code params} (object), {@code seed} (whole number) and {@code id} go to their
     * own columns; every other key is kept as candidate metadata.
     */
    PromptRecord.Response response(String where, JsonNode v, String defaultLang, String... textKeys) {
        if (v != null && v.isTextual()) {
            return new PromptRecord.Response(null, v.asText(), defaultLang, null, null, null, null, Map.of());
        }
        if (!(v instanceof ObjectNode o)) {
            throw bad(where + " must be a string or an object, found " + kind(v));
        }
        String text = null;
        String textKey = null;
        for (String k : textKeys) {
            JsonNode t = o.get(k);
            if (t != null && !t.isNull()) {
                if (!t.isTextual()) {
                    throw bad(where + ": '" + k + "' must be a string, found " + kind(t));
                }
                text = t.asText();
                textKey = k;
                break;
            }
        }
        if (text == null) {
            throw bad(where + " has no text (" + String.join(", ", textKeys) + ")");
        }
        String lang = defaultLang;
        String model = null;
        String backend = null;
        String externalId = null;
        Map<String, Object> params = null;
        Long seed = null;
        Map<String, Object> meta = new LinkedHashMap<>();
        for (var it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode value = e.getValue();
            if (k.equals(textKey)) {
                continue;
            }
            boolean string = value.isTextual();
            if (k.equals("lang") && string) {
                lang = lang(where + " lang", value.asText());
            } else if (k.equals("lang") && !value.isNull()) {
                throw bad(where + ": 'lang' must be a language tag, found " + kind(value));
            } else if (k.equals("model") && string) {
                model = value.asText();
            } else if (k.equals("backend") && string) {
                backend = value.asText();
            } else if (k.equals("id") && (string || value.isNumber())) {
                externalId = value.asText();
            } else if (k.equals("params") && value.isObject()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> p = (Map<String, Object>) plain(value);
                params = p;
            } else if (k.equals("seed") && value.canConvertToExactIntegral() && value.canConvertToLong()) {
                seed = value.asLong();
            } else {
                meta.put(k, plain(value));
            }
        }
        return new PromptRecord.Response(externalId, text, lang, model, backend, params, seed, meta);
    }
}
