package io.indaba.backend.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming chunk reader reads what the JSON tree read, and leaves every possible error to the tree. */
class ChunkReaderTest {

    private final List<String> seen = new ArrayList<>();
    private final ChunkReader.Sink sink = new ChunkReader.Sink() {
        @Override
        public void choice(int index, String text, String finishReason) {
            seen.add(index + ":" + text + ":" + finishReason);
        }

        @Override
        public void usage(long promptTokens, long completionTokens) {
            seen.add("usage " + promptTokens + "/" + completionTokens);
        }
    };

    @Test
    void chatChunksGiveEachChoiceItsTextAndFinish() throws IOException {
        assertTrue(ChunkReader.read("{\"id\":\"c\",\"choices\":[{\"index\":1,\"delta\":{\"role\":\"assistant\","
                + "\"content\":\"Hé \\\"x\\\"\",\"tool_calls\":[{\"a\":[1,{}]}]},\"logprobs\":null,"
                + "\"finish_reason\":null},{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":null}",
                true, sink));
        assertEquals(List.of("1:Hé \"x\":null", "0:null:stop"), seen);
    }

    @Test
    void aUsageChunkWithEmptyChoicesAndACompletionChunk() throws IOException {
        assertTrue(ChunkReader.read("{\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":0}}}", true, sink));
        assertTrue(ChunkReader.read("{\"choices\":[{\"text\":\"abc\",\"index\":0,\"finish_reason\":\"length\"}]}",
                false, sink));
        assertTrue(ChunkReader.read("{\"choices\":[{\"text\":\"ignored in chat\",\"index\":0}],"
                + "\"usage\":{\"completion_tokens\":5}}", true, sink));
        assertEquals(List.of("usage 12/3", "0:abc:length", "0:null:null", "usage -1/5"), seen);
    }

    @Test
    void anythingThatMayBeAnErrorIsLeftToTheTree() throws IOException {
        assertFalse(ChunkReader.read("{\"error\":{\"message\":\"boom\"}}", true, sink));
        assertFalse(ChunkReader.read("{\"object\":\"error\",\"message\":\"boom\"}", true, sink));
        assertFalse(ChunkReader.read("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"error\"}}]}", true, sink));
        assertEquals(List.of(), seen);
    }

    @Test
    void garbageIsRefused() {
        assertThrows(IOException.class, () -> ChunkReader.read("not json", true, sink));
        assertThrows(IOException.class, () -> ChunkReader.read("[1,2]", true, sink));
        assertThrows(IOException.class, () -> ChunkReader.read("{\"choices\":[{\"index\":0}]", true, sink));
        assertThrows(IOException.class, () -> ChunkReader.read("{\"choices\":[]} trailing", true, sink));
    }
}
