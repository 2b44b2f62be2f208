package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.indaba.core.base.BadInputException;
import io.indaba.core.store.Json;
import java.io.Closeable;
import java.io.IOException;
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

    private final Path file;
    private final java.io.BufferedInputStream in;
    private final JsonParser array;
    private final java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[8192];
    private long lineNo;
    private boolean arrayDone;
    private boolean unreadable;

    JsonRecords(Path file) {
        this.file = file;
        try {
            this.in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
            skipBom();
            // Jackson's byte parser checks UTF-8 itself and reports where it breaks
            this.array = startsWithArray() ? Json.MAPPER.getFactory().createParser(in) : null;
            if (array != null) {
                array.nextToken();
            }
        } catch (IOException e) {
            throw failure(0, e);
        }
    }

    private void skipBom() throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
    }

    /** Looks past white space for '[' without consuming anything. */
    private boolean startsWithArray() throws IOException {
        in.mark(1 << 15);
        int b = in.read();
        int seen = 1;
        while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            b = seen++ < (1 << 15) - 1 ? in.read() : -1;
        }
        in.reset();
        return b == '[';
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
                text = readLine();
            } catch (CharacterCodingException e) {
                // each line is decoded on its own, so the line is exact and the next one starts clean
                throw new BadInputException(file, lineNo, "not valid UTF-8");
            } catch (IOException e) {
                throw failure(lineNo + 1, e);
            }
            if (text == null) {
                return null;
            }
            if (text.isBlank()) {
                continue;
            }
            return object(lineNo, InputJson.read(file, lineNo, text));
        }
    }

    /** The next line's bytes decoded strictly as UTF-8 (without the line end), or null at the end of the file. */
    private String readLine() throws IOException {
        int n = 0;
        int b = in.read();
        if (b == -1) {
            return null;
        }
        lineNo++;
        while (b != -1 && b != '\n') {
            if (n == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, n * 2);
            }
            buffer[n++] = (byte) b;
            b = in.read();
        }
        if (n > 0 && buffer[n - 1] == '\r') {
            n--;
        }
        return decoder.reset().decode(java.nio.ByteBuffer.wrap(buffer, 0, n)).toString();
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
            JsonNode node = InputJson.read(file, line, array);
            return object(line, node);
        } catch (JsonProcessingException e) {
            arrayDone = true;
            long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new BadInputException(file, at, InputJson.reason(e));
        } catch (IOException e) {
            arrayDone = true;
            throw failure(line, e);
        }
    }

    /** Whether a bad record leaves the rest of the file readable: not after a broken array or a failed read. */
    boolean canSkip() {
        return !unreadable && (array == null || !arrayDone);
    }

    private Line object(long line, JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new BadInputException(file, line, "expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return new Line(line, object);
    }

    private BadInputException failure(long line, IOException e) {
        unreadable = true;
        String why = e instanceof CharacterCodingException ? "not valid UTF-8" : "cannot read: " + e.getMessage();
        return new BadInputException(file, line, why, e);
    }

    @Override
    public void close() {
        try {
            if (array != null) {
                array.close();
            }
            in.close();
        } catch (IOException ignored) {
            // reading is over; a failure to close a read-only file loses nothing
        }
    }
}
