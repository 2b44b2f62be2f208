package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.store.Json;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON file read one record at a time, as JSON Lines or as one top-level array (what {@code load_dataset("json")}
 * accepts); each record keeps the line it starts on. A broken line of JSON Lines spoils only that line; a broken
 * array spoils the rest of the file, since nothing after it can be trusted.
 */
final class JsonRecords implements Closeable {

    /** One JSON object and the 1-based line it starts on. */
    record Line(long line, ObjectNode object) {
    }

    private static final ObjectReader STRICT = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path file;
    private final BufferedReader reader;
    private final JsonParser array;
    private long lineNo;
    private boolean arrayDone;

    JsonRecords(Path file) {
        this.file = file;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
            this.array = startsWithArray() ? Json.MAPPER.getFactory().createParser(reader) : null;
            if (array != null) {
                array.nextToken();
            }
        } catch (IOException e) {
            throw failure(0, e);
        }
    }

    /** Looks past a BOM and white space for '[' without consuming anything but the BOM. */
    private boolean startsWithArray() throws IOException {
        reader.mark(1 << 15);
        int ch = reader.read();
        boolean bom = ch == '\uFEFF';
        while (ch != -1 && (Character.isWhitespace(ch) || ch == '\uFEFF')) {
            ch = reader.read();
        }
        reader.reset();
        if (bom) {
            reader.read();
        }
        return ch == '[';
    }

    /**
     * The next record, or null at the end. Throws {@link BadInputException} naming the line when a record is not a
     * JSON object; with {@code skipBadRows} the caller may go on after JSON Lines errors.
     */
    Line next() {
        return array == null ? nextLine() : nextElement();
    }

    private Line nextLine() {
        while (true) {
            String text;
            try {
                text = reader.readLine();
            } catch (IOException e) {
                throw failure(lineNo + 1, e);
            }
            if (text == null) {
                return null;
            }
            lineNo++;
            if (lineNo == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = STRICT.readTree(text);
            } catch (JsonProcessingException e) {
                throw new BadInputException(file, lineNo, "not valid JSON: " + e.getOriginalMessage());
            }
            return object(lineNo, node);
        }
    }

    private Line nextElement() {
        if (arrayDone) {
            return null;
        }
        long line = 0;
        try {
            JsonToken token = array.nextToken();
            line = array.currentTokenLocation().getLineNr();
            if (token == JsonToken.END_ARRAY) {
                arrayDone = true;
                if (array.nextToken() != null) {
                    throw new BadInputException(file, array.currentTokenLocation().getLineNr(),
                            "unexpected content after the closing ']'");
                }
                return null;
            }
            if (token == null) {
                throw new BadInputException(file, line, "the file ends inside the top-level array (no closing ']')");
            }
            JsonNode node = Json.MAPPER.readTree(array);
            return object(line, node);
        } catch (JsonProcessingException e) {
            arrayDone = true;
            long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new BadInputException(file, at, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            arrayDone = true;
            throw failure(line, e);
        }
    }

    /** Whether a bad record leaves the rest of the file readable (JSON Lines) or not (a broken array). */
    boolean canSkip() {
        return array == null || !arrayDone;
    }

    private Line object(long line, JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new BadInputException(file, line, "expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return new Line(line, object);
    }

    private BadInputException failure(long line, IOException e) {
        String why = e instanceof CharacterCodingException ? "not valid UTF-8" : "cannot read: " + e.getMessage();
        return new BadInputException(file, line, why, e);
    }

    @Override
    public void close() {
        try {
            if (array != null) {
                array.close();
            }
            reader.close();
        } catch (IOException ignored) {
            // reading is over; a failure to close a read-only file loses nothing
        }
    }
}
