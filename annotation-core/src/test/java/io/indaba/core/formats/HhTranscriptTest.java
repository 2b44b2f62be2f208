package io.indaba.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** HH-RLHF transcripts: any conversation written out as a transcript parses back to the same turns. */
class HhTranscriptTest {

    @Property(tries = 300)
    void anyConversationRoundTripsThroughItsTranscript(@ForAll("conversations") List<JsonRow.Message> turns) {
        StringBuilder text = new StringBuilder();
        for (JsonRow.Message m : turns) {
            text.append("\n\n").append(m.role().equals("user") ? "Human: " : "Assistant: ").append(m.content());
        }
        assertEquals(turns, HhTranscript.parse(text.toString()));
    }

    @Property(tries = 300)
    void anyTextParsesWithoutFailing(@ForAll String text) {
        HhTranscript.parse(text);
        HhTranscript.looksLike(text);
    }

    @Test
    void aTextWithoutAnAssistantTurnIsNoTranscript() {
        assertFalse(HhTranscript.looksLike("Human: hello"));
        assertFalse(HhTranscript.looksLike("The Assistant: a story"));
    }

    @Provide
    Arbitrary<List<JsonRow.Message>> conversations() {
        // contents may hold anything but a blank line followed by a speaker label, which would start a new turn
        Arbitrary<String> content = Arbitraries.strings().withChars("ab \nHuman:Assistant?é字").ofMaxLength(30)
                .filter(s -> !s.contains("\n\nHuman:") && !s.contains("\n\nAssistant:"));
        Arbitrary<JsonRow.Message> message = Combinators.combine(Arbitraries.of("user", "assistant"), content)
                .as(JsonRow.Message::new);
        return message.list().ofMinSize(1).ofMaxSize(6).map(ArrayList::new);
    }
}
