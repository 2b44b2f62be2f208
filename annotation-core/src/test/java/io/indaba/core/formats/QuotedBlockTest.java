package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.store.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class QuotedBlockTest {

    @Property(tries = 1000)
    void quotedTextsAreTheBytesWriteStringWrites(
            @ForAll @StringLength(max = 80) @Chars({'"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f', '/',
                    'é', 'ሀ', 'ع', '\u200b', '\u2028', '\ufeff', '\uD83D', '\uDE00', '\uD800'})
            @CharRange(from = 0x20, to = 0x7e) String text) throws IOException {
        JudgementBlock.Response response = new JudgementBlock.Response(7, text, "sw", "m", null, null, null, "imported");
        QuotedBlock quoted = QuotedBlock.of(block(text, response));

        assertEquals(written(g -> {
            g.writeString(text);
            g.writeString(text);
        }), written(g -> {
            quoted.prompt(g);
            quoted.text(g, response);
        }));
    }

    @Test
    void missingTextsAreNull() throws IOException {
        JudgementBlock.Response response = new JudgementBlock.Response(7, null, "sw", "m", null, null, null, "imported");
        JudgementBlock.Response unknown = new JudgementBlock.Response(8, "late", "sw", "m", null, null, null, "imported");
        QuotedBlock quoted = QuotedBlock.of(block(null, response));

        assertEquals("null null \"late\"", written(g -> {
            quoted.prompt(g);
            quoted.text(g, response);
            quoted.text(g, unknown);
        }));
    }

    private static JudgementBlock block(String prompt, JudgementBlock.Response response) {
        return new JudgementBlock(new JudgementBlock.Prompt(1, "q1", prompt, null, "en"), "sw", List.of(),
                Map.of(response.id(), response), Map.of());
    }

    private interface Writes {
        void to(JsonGenerator g) throws IOException;
    }

    private static String written(Writes writes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            writes.to(g);
        } catch (IOException | RuntimeException e) {
            return "failed: " + e.getClass().getSimpleName();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
