package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import io.indaba.core.prefer.JudgementBlock;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A judgement block with its prompt and response texts already escaped as JSON string contents in UTF-8. A block's
 * texts appear in several rows (the prompt in every row, each response in every row of its pairs), and escaping
 * them is most of the cost of writing a row; this escapes each once, on the thread that reads the store, so the
 * writing thread only copies bytes. The escaping is Jackson's own, so the output is the same as
 * {@link JsonGenerator#writeString(String)}'s on a generator of {@link io.indaba.core.store.Json#MAPPER}.
 */
record QuotedBlock(JudgementBlock block, byte[] prompt, Map<Long, byte[]> texts, Map<Long, SerializedString> params) {

    static QuotedBlock of(JudgementBlock block) {
        Map<Long, byte[]> texts = HashMap.newHashMap(block.candidates().size());
        Map<Long, SerializedString> params = HashMap.newHashMap(block.candidates().size());
        block.candidates().forEach((id, r) -> {
            byte[] quoted = quote(r.text());
            if (quoted != null) {
                texts.put(id, quoted);
            }
            if (r.paramsJson() != null && !r.paramsJson().isBlank()) {
                SerializedString raw = new SerializedString(r.paramsJson());
                raw.asUnquotedUTF8(); // encoded here, on the reading thread; the writer copies the bytes
                params.put(id, raw);
            }
        });
        return new QuotedBlock(block, quote(block.prompt().text()), texts, params);
    }

    /**
     * Writes a response's sampling parameters: the JSON object the store wrote itself, passed through without a
     * parse; null when none were recorded.
     */
    void params(JsonGenerator g, JudgementBlock.Response r) throws IOException {
        SerializedString raw = params.get(r.id());
        if (raw == null) {
            g.writeNull();
        } else {
            g.writeRawValue(raw);
        }
    }

    /** The escaped UTF-8 of {@code text}; null when there is none, or when only the generator can say what is wrong. */
    private static byte[] quote(String text) {
        if (text == null) {
            return null;
        }
        try {
            byte[] quoted = JsonStringEncoder.getInstance().quoteAsUTF8(text);
            // the encoder writes \u001F; Python (and the generator, see PythonJson) \u001f
            return quoted.length > text.length() ? io.indaba.core.store.PythonJson.lowercaseEscapes(quoted) : quoted;
        } catch (IllegalArgumentException e) {
            // a lone surrogate: left to writeString, which reports it as any other row would
            return null;
        }
    }

    /** Writes the prompt text as a string value (null when the item has none). */
    void prompt(JsonGenerator g) throws IOException {
        write(g, prompt, block.prompt().text());
    }

    /** Writes a response's text as a string value (null when it has none). */
    void text(JsonGenerator g, JudgementBlock.Response r) throws IOException {
        write(g, texts.get(r.id()), r.text());
    }

    private static void write(JsonGenerator g, byte[] quoted, String text) throws IOException {
        if (quoted != null) {
            g.writeRawUTF8String(quoted, 0, quoted.length);
        } else if (text != null) {
            g.writeString(text);
        } else {
            g.writeNull();
        }
    }
}
