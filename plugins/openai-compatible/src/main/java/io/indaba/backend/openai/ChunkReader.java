package io.indaba.backend.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads one streamed chunk ({@code {"choices":[{"index","delta":{"content"}|"text","finish_reason"}],"usage"}})
 * token by token, without building a JSON tree: at 256 streams in flight a client reads over ten thousand chunks a
 * second, and the tree (a dozen objects per chunk, most of them for fields nobody reads) was the largest per-event
 * cost. A chunk that may carry an error (it holds the string {@code "error"}: {@code {"error":...}} or
 * {@code {"object":"error"}}) is left to the caller, to be read whole as a tree with {@link ErrorBodies}.
 */
final class ChunkReader {

    /** What a chunk said, handed over field by field as it is read. */
    interface Sink {
        /** A choice's text delta (null when the chunk had none for it) and finish reason (null while unfinished). */
        void choice(int index, String text, String finishReason);

        /** Token usage; -1 for a count the server left out. */
        void usage(long promptTokens, long completionTokens);
    }

    private static final JsonFactory JSON = new JsonFactory();

    private ChunkReader() {
    }

    /**
     * Reads {@code data} into {@code sink}; returns false, having told the sink nothing, when the chunk may be an error
     * (the caller reads it whole).
     *
     * @throws IOException when {@code data} is not a JSON object
     */
    static boolean read(String data, boolean chat, Sink sink) throws IOException {
        try (JsonParser p = JSON.createParser(data)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            if (isError(data)) {
                p.skipChildren(); // still checks that it parses
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("choices".equals(name) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        choice(p, chat, sink);
                    }
                } else if ("usage".equals(name) && value == JsonToken.START_OBJECT) {
                    usage(p, sink);
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new IOException("text after the JSON object");
            }
            return true;
        }
    }

    /** Cheap pre-check: only a chunk holding the string "error" can be one; such chunks are rare and read whole. */
    private static boolean isError(String data) {
        return data.contains("\"error\"");
    }

    private static void choice(JsonParser p, boolean chat, ChunkReader.Sink sink) throws IOException {
        int index = 0;
        String text = null;
        String finish = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("index".equals(name)) {
                index = p.getValueAsInt(0);
            } else if (chat && "delta".equals(name) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = p.nextToken();
                    if ("content".equals(field) && v == JsonToken.VALUE_STRING) {
                        text = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (!chat && "text".equals(name) && value == JsonToken.VALUE_STRING) {
                text = p.getText();
            } else if ("finish_reason".equals(name) && value == JsonToken.VALUE_STRING) {
                finish = p.getText();
            } else {
                p.skipChildren();
            }
        }
        sink.choice(index, text, finish);
    }

    private static void usage(JsonParser p, ChunkReader.Sink sink) throws IOException {
        long prompt = -1;
        long completion = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if ("prompt_tokens".equals(name)) {
                prompt = p.getValueAsLong(-1);
            } else if ("completion_tokens".equals(name)) {
                completion = p.getValueAsLong(-1);
            } else {
                p.skipChildren();
            }
        }
        sink.usage(prompt, completion);
    }
}
