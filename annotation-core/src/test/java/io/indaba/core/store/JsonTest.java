package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Property(tries = 300)
    void theStringMapWriterMatchesJacksonAndReadsBack(
            @ForAll @Size(max = 6) Map<@StringLength(max = 12) @CharRange(from = 0, to = 0x7F) String,
                    @StringLength(max = 40) @Chars({'"', '\\', '\n', '\t', '\u0001', '\u001f', 'é', 'ሀ', '\u2028'})
                    @CharRange(from = 0, to = 0x7F) String> map) {
        Map<String, String> ordered = new LinkedHashMap<>(map);

        String written = Json.stringMap(ordered);

        assertEquals(Json.write(ordered), written);
        assertEquals(ordered, Json.stringMap(written));
    }

    @Test
    void nullAndEmptyMapsAreAnEmptyObject() {
        assertEquals("{}", Json.stringMap((Map<String, String>) null));
        assertEquals("{}", Json.stringMap(Map.of()));
    }

    @Test
    void orderAndNullValuesAreKept() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("question", "Which?");
        map.put("A", null);
        map.put("B", "say \"hi\"\n");

        assertEquals("{\"question\":\"Which?\",\"A\":null,\"B\":\"say \\\"hi\\\"\\n\"}", Json.stringMap(map));
    }
}
