package io.indaba.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** JSON as Python's json.dumps(ensure_ascii=False) writes it: lowercase escapes, floats as repr. */
class PythonJsonTest {

    @Test
    void floatsAreWrittenAsPythonsRepr() {
        // each right-hand side is what CPython 3 prints for repr(float(left))
        Map<Double, String> python = new LinkedHashMap<>();
        python.put(1.79e9, "1790000000.0");
        python.put(1735689601.0, "1735689601.0");
        python.put(1e15, "1000000000000000.0");
        python.put(1e16, "1e+16");
        python.put(1.2345678901234568e17, "1.2345678901234568e+17");
        python.put(0.0001, "0.0001");
        python.put(0.00001, "1e-05");
        python.put(1.5e-7, "1.5e-07");
        python.put(0.1, "0.1");
        python.put(2.0 / 3, "0.6666666666666666");
        python.put(-2.5, "-2.5");
        python.put(0.0, "0.0");
        python.put(-0.0, "-0.0");
        python.put(5e-324, "5e-324");
        python.put(1.7976931348623157e308, "1.7976931348623157e+308");
        python.forEach((d, text) -> assertEquals(text, PythonJson.repr(d), Double.toString(d)));
        assertEquals("{\"t\":1790000000.0,\"n\":3}", Json.write(Map.of("t", 1.79e9)).replace("}", ",\"n\":3}"));
    }

    @Test
    void controlCharactersAreEscapedInLowercaseAndTheShortEscapesKept() {
        assertEquals("[\"a\\u001fb\\u0000\\n\\t\\r\\b\\f\\\"\\\\ é 😀\"]",
                Json.write(java.util.List.of("a\u001Fb\u0000\n\t\r\b\f\"\\ é 😀")));
    }

    @Property(tries = 2000)
    void reprReadsBackToTheSameDoubleWithoutJavasExponent(@ForAll double d) {
        String text = PythonJson.repr(d);
        if (Double.isFinite(d)) {
            assertEquals(d, Double.parseDouble(text));
            assertFalse(text.contains("E"), text);
            assertTrue(text.contains(".") || text.contains("e"), text);
        }
    }

    @Property(tries = 500)
    void lowercasingEscapesChangesNothingElse(@ForAll String s) {
        byte[] quoted = com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsUTF8(s);
        String lowered = new String(PythonJson.lowercaseEscapes(quoted.clone()), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(new String(quoted, java.nio.charset.StandardCharsets.UTF_8).length(), lowered.length());
        String json = Json.write(java.util.List.of(s));
        assertEquals(json, "[\"" + lowered + "\"]");
    }
}
