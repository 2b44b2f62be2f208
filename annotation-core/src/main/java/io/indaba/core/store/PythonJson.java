package io.indaba.core.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * What makes Jackson write what Python's {@code json.dumps(ensure_ascii=False)} writes, so a file compares equal byte
 * for byte after a Python round trip: control characters as lowercase {@code \\u001f}, and floats as Python's
 * {@code repr} (shortest digits, {@code 1790000000.0} rather than {@code 1.79E9}, an exponent only below 1e-4 or
 * from 1e16, written {@code 1e+16}).
 */
public final class PythonJson {

    private PythonJson() {
    }

    /** Python's escapes: the short ones it shares with Jackson, every other control character as lowercase hex. */
    static final CharacterEscapes ESCAPES = new CharacterEscapes() {
        private final int[] table = standardAsciiEscapesForJSON();
        private final SerializedString[] hex = new SerializedString[0x20];

        {
            for (int c = 0; c < 0x20; c++) {
                hex[c] = new SerializedString(String.format("\\u%04x", c));
                if (table[c] == ESCAPE_STANDARD && "\b\t\n\f\r".indexOf(c) < 0) {
                    table[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x20 ? hex[ch] : null;
        }
    };

    /** Doubles and floats as Python writes them, for every value the mapper serialises. */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("python-floats");
        JsonSerializer<Number> floats = new JsonSerializer<>() {
            @Override
            public void serialize(Number value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeNumber(repr(value.doubleValue()));
            }
        };
        m.addSerializer(Double.class, floats);
        m.addSerializer(Double.TYPE, floats);
        m.addSerializer(Float.class, floats);
        m.addSerializer(Float.TYPE, floats);
        return m;
    }

    /** A generator whose direct {@code writeNumber(double)} calls also write Python's form. */
    public static JsonGenerator floats(JsonGenerator g) {
        return new JsonGeneratorDelegate(g, false) {
            @Override
            public void writeNumber(double v) throws IOException {
                delegate.writeNumber(repr(v));
            }

            @Override
            public void writeNumber(float v) throws IOException {
                delegate.writeNumber(repr(v));
            }
        };
    }

    /** Python's {@code repr} of a float (JSON's {@code NaN} and {@code Infinity} as {@code json.dumps} writes them). */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        if (d == 0) {
            return sign + "0.0";
        }
        // Double.toString gives the shortest digits that read back as d (JDK 19+), as Python's repr does
        BigDecimal b = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        if (b.precision() == 2) {
            // Java writes at least two digits (4.9E-324) where one reads back the same (Python: 5e-324)
            BigDecimal one = b.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (one.doubleValue() == Math.abs(d)) {
                b = one.stripTrailingZeros();
            }
        }
        String digits = b.unscaledValue().toString();
        int point = digits.length() - b.scale();
        if (point > 16 || point < -3) {
            int exp = point - 1;
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return sign + digits + "0".repeat(point - digits.length()) + ".0";
        }
        return sign + digits.substring(0, point) + "." + digits.substring(point);
    }

    /** Lowercases the hex digits of {@code \\uXXXX} escapes in Jackson's escaped UTF-8, in place. */
    public static byte[] lowercaseEscapes(byte[] quoted) {
        for (int i = 0; i < quoted.length - 1; i++) {
            if (quoted[i] == '\\') {
                if (quoted[i + 1] == 'u') {
                    for (int k = i + 2; k < i + 6 && k < quoted.length; k++) {
                        if (quoted[k] >= 'A' && quoted[k] <= 'F') {
                            quoted[k] += 'a' - 'A';
                        }
                    }
                    i += 5;
                } else {
                    i++;
                }
            }
        }
        return quoted;
    }
}
