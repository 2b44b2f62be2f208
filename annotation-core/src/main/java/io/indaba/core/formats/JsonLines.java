package io.indaba.core.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.base.BadInputException;
import io.indaba.core.store.Json;
import io.indaba.core.text.StrictText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A JSONL file read strictly into objects with their line numbers; bad lines go to {@link BadRows}. */
final class JsonLines {

    /** One JSON object and the line it was on. */
    record Line(long line, ObjectNode object) {
    }

    private JsonLines() {
    }

    /**
     * Hands each object to {@code action} in file order; a line that is no JSON object, or that {@code action}
     * rejects with a {@link BadInputException}, goes to {@code bad}, so the first error reported is the first in
     * the file.
     */
    static void forEach(Path file, BadRows bad, java.util.function.Consumer<Line> action) {
        byte[] bytes = StrictText.bytes(file);
        StrictText.Encoding enc = StrictText.encodingOf(bytes);
        String text = StrictText.decode(file, bytes, enc);
        long lineNo = 0;
        boolean any = false;
        for (String line : text.split("\r?\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = InputJson.read(file, lineNo, line);
                if (!(node instanceof ObjectNode object)) {
                    throw new BadInputException(file, lineNo, "expected a JSON object, found "
                            + (node == null ? "nothing" : node.getNodeType()));
                }
                any = true;
                action.accept(new Line(lineNo, object));
            } catch (BadInputException e) {
                bad.add(e);
            }
        }
        if (!any && bad.list().isEmpty()) {
            throw new BadInputException(file, 0, "the file holds no records");
        }
    }

    /** A scalar's text, or null when absent or null; a nested value is a {@link BadInputException}. */
    static String text(Path file, Line l, String key) {
        JsonNode v = l.object().get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            throw new BadInputException(file, l.line(), "'" + key + "' must be text, found " + v.getNodeType());
        }
        String t = v.asText();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                    || (Character.isSurrogate(c) && !validPair(t, i))) {
                throw new BadInputException(file, l.line(), String.format("'%s' holds the character U+%04X, which "
                        + "is not text", key, (int) c));
            }
        }
        return t;
    }

    private static boolean validPair(String t, int i) {
        char c = t.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(t.charAt(i - 1));
    }

    /** Keeps the object's key order and any keys a format does not read, so an export writes them back. */
    static void keepRest(ObjectNode object, java.util.Set<String> known, java.util.Map<String, String> meta) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            keys.add(k);
            if (!known.contains(k)) {
                meta.put("json:" + k, object.get(k).toString());
            }
        }
        meta.put("json.keys", Json.write(keys));
    }
}
