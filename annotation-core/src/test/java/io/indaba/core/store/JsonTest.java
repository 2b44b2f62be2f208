package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    // Json.object and Json.stringMap read flat objects token by token; these check them against data binding

    @Property(tries = 500)
    void objectsReadAsDataBindingReadsThem(@ForAll("objects") Map<String, Object> value) throws Exception {
        String json = Json.MAPPER.writeValueAsString(value);

        Map<String, Object> read = Json.object(json);

        Map<String, Object> bound = Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        assertEquals(bound, read);
        assertEquals(types(bound), types(read), json);
        assertEquals(List.copyOf(bound.keySet()), List.copyOf(read.keySet()), "key order of " + json);
    }

    @Property(tries = 300)
    void stringMapsReadAsDataBindingReadsThem(@ForAll("objects") Map<String, Object> value) throws Exception {
        String json = Json.MAPPER.writeValueAsString(value);
        Object bound;
        try {
            bound = Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (Exception e) {
            bound = StoreException.class;
        }
        Object read;
        try {
            read = Json.stringMap(json);
        } catch (StoreException e) {
            read = StoreException.class;
        }
        assertEquals(bound, read, json);
    }

    @Property(tries = 300)
    void damagedTextFailsAsDataBindingFails(@ForAll("objects") Map<String, Object> value,
                                            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 60) int cut)
            throws Exception {
        String json = Json.MAPPER.writeValueAsString(value);
        String damaged = json.substring(0, Math.min(cut, json.length() - 1));
        boolean bindingFails;
        try {
            Json.MAPPER.readValue(damaged, new TypeReference<LinkedHashMap<String, Object>>() { });
            bindingFails = false;
        } catch (Exception e) {
            bindingFails = true;
        }
        boolean fails;
        try {
            Json.object(damaged);
            fails = false;
        } catch (java.io.IOException e) {
            fails = true;
        }
        assertEquals(bindingFails, fails, damaged);
    }

    @Test
    void emptyAndNullAreEmptyMaps() throws Exception {
        assertEquals(Map.of(), Json.object(null));
        assertEquals(Map.of(), Json.object("{}"));
        assertEquals(Map.of(), Json.stringMap(""));
    }

    private static List<String> types(Map<String, Object> map) {
        return map.values().stream().map(v -> v == null ? "null" : v.getClass().getSimpleName()).toList();
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).withChars('a', 'é', 'ሀ', '"', '\\', '\n', '\u0001', '\uD83D', '\uDE00').map(o -> o),
                Arbitraries.integers().map(o -> o),
                Arbitraries.longs().map(o -> o),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(70), BigInteger.TWO.pow(90)).map(o -> o),
                Arbitraries.doubles().map(o -> o),
                Arbitraries.of(true, false).map(o -> o),
                Arbitraries.just(null));
        Arbitrary<Object> nested = Arbitraries.oneOf(
                scalars.list().ofMaxSize(3).map(o -> o),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(4), scalars).ofMaxSize(2).map(o -> o));
        Arbitrary<Object> values = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, scalars), net.jqwik.api.Tuple.of(1, nested));
        return Arbitraries.maps(Arbitraries.strings().ofMaxLength(8).withChars('k', 'é', '"', '1'), values)
                .ofMaxSize(6).map(LinkedHashMap::new);
    }
}
