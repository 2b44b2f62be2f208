package io.indaba.core.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings written as a Python literal, as translated MMLU sets store {@code choices}:
 * {@code ['a', "it's", '\u00e9\n']}. Parses Python quoting (both quote styles, escapes, raw and unicode prefixes)
 * and writes it back the way Python's {@code repr} does.
 */
final class PythonList {

    private final String s;
    private int p;

    private PythonList(String s) {
        this.s = s;
    }

    /** The strings of the literal; throws {@link IllegalArgumentException} with the reason on malformed text. */
    static List<String> parse(String literal) {
        PythonList r = new PythonList(literal);
        List<String> out = new ArrayList<>();
        r.ws();
        r.expect('[');
        r.ws();
        if (r.peek() == ']') {
            r.p++;
        } else {
            while (true) {
                out.add(r.item());
                r.ws();
                char c = r.next();
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("expected ',' or ']' at character " + r.p);
                }
                r.ws();
                if (r.peek() == ']') {
                    r.p++;
                    break;
                }
            }
        }
        r.ws();
        if (r.p != literal.length()) {
            throw new IllegalArgumentException("text after the closing ']'");
        }
        return out;
    }

    private String item() {
        StringBuilder b = new StringBuilder();
        boolean any = false;
        // Adjacent literals concatenate in Python: 'a' 'b' == 'ab'.
        while (true) {
            int start = p;
            boolean raw = false;
            while (p < s.length() && "rRuUbB".indexOf(s.charAt(p)) >= 0 && p - start < 2) {
                raw |= Character.toLowerCase(s.charAt(p)) == 'r';
                p++;
            }
            char q = peek();
            if (q != '\'' && q != '"') {
                p = start;
                if (any) {
                    return b.toString();
                }
                return bare();
            }
            string(b, raw);
            any = true;
            ws();
            if (peek() != '\'' && peek() != '"' && "rRuU".indexOf(peek()) < 0) {
                return b.toString();
            }
        }
    }

    /** A number or name (None, True) written without quotes, kept as its text. */
    private String bare() {
        int start = p;
        while (p < s.length() && ",]".indexOf(s.charAt(p)) < 0 && !Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        if (p == start) {
            throw new IllegalArgumentException("expected a string at character " + p);
        }
        return s.substring(start, p);
    }

    private void string(StringBuilder b, boolean raw) {
        char q = next();
        boolean triple = s.startsWith(String.valueOf(q).repeat(2), p);
        if (triple) {
            p += 2;
        }
        while (true) {
            if (p >= s.length()) {
                throw new IllegalArgumentException("unterminated string");
            }
            char c = s.charAt(p++);
            if (c == q && (!triple || s.startsWith(String.valueOf(q).repeat(2), p))) {
                if (triple) {
                    p += 2;
                }
                return;
            }
            if (c == '\\' && p < s.length()) {
                if (raw) {
                    b.append(c).append(s.charAt(p++));
                } else {
                    escape(b);
                }
            } else if ((c == '\n' || c == '\r') && !triple) {
                throw new IllegalArgumentException("line break inside a string");
            } else {
                b.append(c);
            }
        }
    }

    private void escape(StringBuilder b) {
        char e = s.charAt(p++);
        switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int start = p - 1;
                while (p < s.length() && p - start < 3 && s.charAt(p) >= '0' && s.charAt(p) <= '7') {
                    p++;
                }
                b.append((char) Integer.parseInt(s.substring(start, p), 8));
            }
            case 'x' -> b.appendCodePoint(hex(2));
            case 'u' -> b.appendCodePoint(hex(4));
            case 'U' -> b.appendCodePoint(hex(8));
            case 'a' -> b.append('\u0007');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'v' -> b.append('\u000B');
            case '\n' -> { } // a backslash-newline continues the line
            case '\\', '\'', '"' -> b.append(e);
            default -> b.append('\\').append(e);
        }
    }

    private int hex(int n) {
        if (p + n > s.length()) {
            throw new IllegalArgumentException("truncated escape");
        }
        try {
            int cp = Integer.parseInt(s.substring(p, p + n), 16);
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalArgumentException("escape beyond Unicode");
            }
            p += n;
            return cp;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad escape at character " + p);
        }
    }

    private void ws() {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
    }

    private char peek() {
        return p < s.length() ? s.charAt(p) : '\0';
    }

    private char next() {
        if (p >= s.length()) {
            throw new IllegalArgumentException("unexpected end of the list");
        }
        return s.charAt(p++);
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at character " + (p - 1));
        }
    }

    /** The list as Python's {@code repr} writes it. */
    static String repr(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            reprString(b, items.get(i));
        }
        return b.append(']').toString();
    }

    private static void reprString(StringBuilder b, String v) {
        char q = v.indexOf('\'') >= 0 && v.indexOf('"') < 0 ? '"' : '\'';
        b.append(q);
        v.codePoints().forEach(cp -> {
            if (cp == q || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == ' ' || printable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp < 0x100) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        });
        b.append(q);
    }

    /** Python's {@code str.isprintable} for one code point: no controls, formats, separators or unassigned. */
    private static boolean printable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
